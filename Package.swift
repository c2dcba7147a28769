// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ParIndex",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ParIndexCore", targets: ["ParIndexCore"]),
        .library(name: "ParIndexReports", targets: ["ParIndexReports"]),
        .executable(name: "par-score", targets: ["par-score"]),
    ],
    targets: [
        .target(name: "ParIndexCore"),
        .target(name: "ParIndexReports", dependencies: ["ParIndexCore"]),
        .target(name: "ParIndexTestSupport", dependencies: ["ParIndexCore"]),
        .executableTarget(name: "par-score", dependencies: ["ParIndexCore", "ParIndexReports"]),
        .executableTarget(name: "par-bench", dependencies: ["ParIndexCore", "ParIndexReports", "ParIndexTestSupport"]),
        .testTarget(name: "ParIndexCoreTests", dependencies: ["ParIndexCore", "ParIndexReports", "ParIndexTestSupport"]),
        .testTarget(name: "ParScoreTests", dependencies: ["ParIndexTestSupport", "par-score"]),
    ],
    swiftLanguageModes: [.v6]
)
