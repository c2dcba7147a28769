// swift-tools-version: 6.0
// The Package.swift of a package that uses ParIndex, cloned into a folder named ParIndex beside it.
import PackageDescription

let package = Package(
    name: "adopter",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: "../ParIndex")
    ],
    targets: [
        .executableTarget(
            name: "adopter",
            dependencies: [
                .product(name: "ParIndexCore", package: "ParIndex"),
                .product(name: "ParIndexReports", package: "ParIndex"),
            ])
    ]
)
