// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ParIndex",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ParIndexCore", targets: ["ParIndexCore"]),
        .library(name: "ParIndexReports", targets: ["ParIndexReports"]),
        .library(name: "ParIndexOffice", targets: ["ParIndexOffice"]),
        .executable(name: "par-score", targets: ["par-score"]),
    ],
    targets: [
        .target(name: "ParIndexCore"),
        .target(name: "ParIndexOffice"),
        .target(name: "ParIndexReports", dependencies: ["ParIndexCore", "ParIndexOffice"]),
        .target(name: "ParIndexTestSupport", dependencies: ["ParIndexCore"]),
        .executableTarget(name: "par-score", dependencies: ["ParIndexCore", "ParIndexReports", "ParIndexOffice"]),
        .executableTarget(name: "par-bench", dependencies: ["ParIndexCore", "ParIndexReports", "ParIndexOffice", "ParIndexTestSupport"]),
        .testTarget(name: "ParIndexCoreTests", dependencies: ["ParIndexCore", "ParIndexReports", "ParIndexTestSupport"]),
        .testTarget(name: "ParIndexOfficeTests", dependencies: ["ParIndexOffice"]),
        .testTarget(name: "ParScoreTests", dependencies: ["ParIndexTestSupport", "par-score"]),
    ],
    swiftLanguageModes: [.v6]
)
