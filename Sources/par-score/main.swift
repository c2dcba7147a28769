import ParIndexCore

Platform.installInterruptHandler()
let status = ParScore.run(Array(CommandLine.arguments.dropFirst()))
Platform.exit(status)
