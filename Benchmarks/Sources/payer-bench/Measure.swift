import Foundation

/// Monotonic time in nanoseconds.
@inline(__always)
func nanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

/// Sorted samples with the order statistics the report quotes.
struct Samples {
    let sorted: [Double]
    init(_ values: [Double]) { sorted = values.sorted() }
    var median: Double { percentile(50) }
    var p99: Double { percentile(99) }
    var min: Double { sorted.first ?? .nan }
    func percentile(_ p: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((p / 100 * Double(sorted.count - 1)).rounded())
        return sorted[rank]
    }
}

/// CPU time this process has used, on all its threads, in seconds.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// Runs `body` `runs` times (after one warm-up run when `warmUp`) and returns the wall times in seconds.
func timeRuns(_ runs: Int, warmUp: Bool = true, _ body: () throws -> Void) rethrows -> Samples {
    try timeRunsWithCPU(runs, warmUp: warmUp, body).wall
}

/// ``timeRuns(_:warmUp:_:)``, with the CPU time of each run too (more than the wall time when work runs on several
/// cores).
func timeRunsWithCPU(_ runs: Int, warmUp: Bool = true, _ body: () throws -> Void) rethrows -> (wall: Samples, cpu: Samples) {
    if warmUp { try body() }
    var wall: [Double] = []
    var cpu: [Double] = []
    for _ in 0..<runs {
        let (start, startCPU) = (nanoseconds(), cpuSeconds())
        try body()
        wall.append(Double(nanoseconds() - start) / 1e9)
        cpu.append(cpuSeconds() - startCPU)
    }
    return (Samples(wall), Samples(cpu))
}

/// Runs a program with stdout and stderr sent to /dev/null (or captured), returning its exit status.
@discardableResult
func spawn(_ arguments: [String], environment: [String: String]? = nil, captureOutput: Bool = false) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: arguments[0])
    process.arguments = Array(arguments.dropFirst())
    if let environment { process.environment = environment }
    let pipe = Pipe()
    if captureOutput {
        process.standardOutput = pipe
    } else {
        process.standardOutput = FileHandle.nullDevice
    }
    process.standardError = FileHandle.nullDevice
    try process.run()
    let output = captureOutput ? String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) : ""
    process.waitUntilExit()
    return (process.terminationStatus, output)
}

/// Wall time of a whole program run, `runs` times after one warm-up, with posix_spawn (less overhead than Process).
func timeProgram(_ arguments: [String], runs: Int) throws -> Samples {
    try timePrograms([arguments], runs: runs)[0]
}

/// Wall times of several commands run in turn, round after round (after one warm-up round), so that a slow spell on a
/// shared machine touches all of them alike and their ratios stay fair.
func timePrograms(_ commands: [[String]], runs: Int) throws -> [Samples] {
    func once(_ arguments: [String]) throws -> Double {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = nanoseconds()
        let result = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        guard result == 0 else { throw BenchError("cannot run \(arguments[0]): error \(result)") }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let elapsed = Double(nanoseconds() - start) / 1e9
        guard status == 0 else { throw BenchError("\(arguments.joined(separator: " ")) exited with status \(status >> 8)") }
        return elapsed
    }
    for command in commands { _ = try once(command) }
    var times = [[Double]](repeating: [], count: commands.count)
    for _ in 0..<runs {
        for (index, command) in commands.enumerated() { times[index].append(try once(command)) }
    }
    return times.map(Samples.init)
}

/// Resident set size now, in bytes (Linux /proc/self/statm).
func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

/// Peak resident set size of this process, in bytes.
func peakResidentBytes() -> Int {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return usage.ru_maxrss * 1024
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Formatting helpers for the report.
enum Format {
    static func time(_ seconds: Double) -> String {
        if seconds < 1e-6 { return String(format: "%.0f ns", seconds * 1e9) }
        if seconds < 1e-3 { return String(format: "%.2f µs", seconds * 1e6) }
        if seconds < 1 { return String(format: "%.1f ms", seconds * 1e3) }
        return String(format: "%.2f s", seconds)
    }
    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }
    static func ratio(_ value: Double) -> String { String(format: "%.2fx", value) }
}
