// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ParIndex",
    products: [
        .library(name: "ParIndexCore", targets: ["ParIndexCore"]),
        .executable(name: "par-score", targets: ["par-score"]),
    ],
    targets: [
        .target(name: "ParIndexCore"),
        .executableTarget(name: "par-score", dependencies: ["ParIndexCore"]),
        .executableTarget(name: "par-bench", dependencies: ["ParIndexCore"]),
        .testTarget(name: "ParIndexCoreTests", dependencies: ["ParIndexCore"]),
        .testTarget(name: "ParScoreTests", dependencies: ["ParIndexCore", "par-score"]),
    ],
    swiftLanguageModes: [.v6]
)
