import Foundation

/// The built `folio` binary, run as a user would run it.
enum FolioProcess {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let binary = repository.appendingPathComponent(".build/debug/folio").path
    static let sample = repository.appendingPathComponent("seeds/000_3ae1642338b2fb30.txt").path

    static let isolatedState = FileManager.default.temporaryDirectory
        .appendingPathComponent("folio-e2e-state-\(UUID().uuidString)").path

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs folio with `arguments`; a run that takes longer than `timeout`
    /// seconds is killed and reported with status -1, so a hang fails the test.
    static func run(_ arguments: [String], stdin: Data? = nil, directory: String? = nil,
                    prefix: [String] = [], environment: [String: String] = [:],
                    timeout: TimeInterval = 30) throws -> Result {
        let process = Process()
        let command = prefix + [binary] + arguments
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["SWIFT_BACKTRACE"] = "enable=no"
        // Read marks and indexes of the machine's user never leak into a test, nor a test's into them.
        env["XDG_STATE_HOME"] = isolatedState
        env["XDG_CACHE_HOME"] = isolatedState + "/cache"
        env.removeValue(forKey: "NO_COLOR")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = stdin == nil ? FileHandle.nullDevice : input
        try process.run()
        if let stdin {
            DispatchQueue.global().async {
                input.fileHandleForWriting.write(stdin)
                try? input.fileHandleForWriting.close()
            }
        }
        let outData = Locked(Data()), errData = Locked(Data())
        let group = DispatchGroup()
        for (pipe, data) in [(out, outData), (err, errData)] {
            group.enter()
            DispatchQueue.global().async {
                let read = pipe.fileHandleForReading.readDataToEndOfFile()
                data.change { $0 = read }
                group.leave()
            }
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        let hung = process.isRunning
        if hung { process.terminate(); kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        group.wait()
        return Result(status: hung ? -1 : process.terminationStatus,
                      stdout: String(decoding: outData.value, as: UTF8.self),
                      stderr: String(decoding: errData.value, as: UTF8.self))
    }

    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-e2e-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
