import AllocationCounter
import Foundation
import PayerKit
import YAMLFloor

/// `payer-bench`: generates a large synthetic rule set, measures PayerKit against the floor and the alternatives, and
/// prints a table. See BENCHMARKS.md; `bash Benchmarks/run.sh` builds in release mode and runs it.
///
///     payer-bench [all] --payer-binary PATH [--rules-dir DIR] [options]   everything, one table
///     payer-bench generate DIR [--payers N --rules-per-payer N --codes-per-rule N]
///     payer-bench memory DIR          load once, print RSS figures (run in its own process)
///     payer-bench load DIR [N]        load N times (for callgrind)
///     payer-bench floor DIR [N]       bare libyaml scan of the same files N times (for callgrind)
///     payer-bench cli DIR --payer-binary PATH [--shipped-rules DIR]   the CLI timings alone
///     payer-bench queries DIR [N [given|open|retro|name]]   N lookups of each (or one) kind (for callgrind)
struct Options {
    var command = "all"
    var positional: [String] = []
    var payerBinary: String?
    var shippedRules: String?
    var keep: String?
    var set = SyntheticRuleSet()
    var loadRuns = 5
    var pyyamlRuns = 1
    var cliRuns = 30
    var queries = 200_000
    var python = ProcessInfo.processInfo.environment["PYTHON"] ?? "python3"

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        if let first = rest.first, !first.hasPrefix("-") {
            command = first
            rest = rest.dropFirst()
        }
        func value(_ name: String) throws -> String {
            guard let next = rest.popFirst() else { throw BenchError("\(name) needs a value") }
            return next
        }
        func number(_ name: String) throws -> Int {
            guard let number = Int(try value(name)), number > 0 else { throw BenchError("\(name) needs a positive number") }
            return number
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--payer-binary": payerBinary = try value(argument)
            case "--shipped-rules": shippedRules = try value(argument)
            case "--keep": keep = try value(argument)
            case "--payers": set.payers = try number(argument)
            case "--rules-per-payer": set.rulesPerPayer = try number(argument)
            case "--codes-per-rule": set.codesPerRule = try number(argument)
            case "--load-runs": loadRuns = try number(argument)
            case "--pyyaml-runs": pyyamlRuns = try number(argument)
            case "--cli-runs": cliRuns = try number(argument)
            case "--queries": queries = try number(argument)
            case "--python": python = try value(argument)
            default:
                guard !argument.hasPrefix("-") else { throw BenchError("unknown option \(argument)") }
                positional.append(argument)
            }
        }
    }
}

/// One line of the report.
struct Row {
    let group: String
    let what: String
    let result: String
    let target: String
    let verdict: String
}

nonisolated(unsafe) var report: [Row] = []
func row(_ group: String, _ what: String, _ result: String, target: String = "", verdict: String = "") {
    report.append(Row(group: group, what: what, result: result, target: target, verdict: verdict))
    print("  \(what): \(result)\(target.isEmpty ? "" : "  [target \(target): \(verdict)]")")
    fflush(nil)
}
func pass(_ ok: Bool) -> String { ok ? "met" : "MISSED" }

/// The `.yaml` files of a directory, sorted, as PayerKit lists them.
func yamlFiles(in directory: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".yaml") }.sorted()
        .map { (directory as NSString).appendingPathComponent($0) }
}

func load(_ directory: String) throws -> PayerKnowledgeBase {
    let knowledgeBase = try PayerKnowledgeBase.load(from: directory)
    let errors = knowledgeBase.diagnostics.filter { $0.severity == .error }
    guard errors.isEmpty else { throw BenchError("the rule set has errors:\n\(errors.prefix(5).map(\.description).joined(separator: "\n"))") }
    return knowledgeBase
}

// MARK: Load throughput

func measureLoad(_ directory: String, bytes: Int, options: Options) throws {
    print("Load throughput (\(Format.megabytes(bytes)) in \(try yamlFiles(in: directory).count) files; median of \(options.loadRuns) runs)")
    let files = try yamlFiles(in: directory)
    var events = 0
    let floor = try timeRuns(options.loadRuns) {
        events = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { throw BenchError("cannot read \(file)") }
            let count = data.withUnsafeBytes { yaml_floor_scan($0.bindMemory(to: UInt8.self).baseAddress, $0.count) }
            guard count >= 0 else { throw BenchError("libyaml refused \(file)") }
            events += count
        }
    }
    let floorRate = Double(bytes) / floor.median / 1e6
    row("load", "bare libyaml event scan (C, builds nothing; \(events) events)", String(format: "%.1f MB/s (%@)", floorRate, Format.time(floor.median)))

    var warnings = 0
    let payerKit = try timeRunsWithCPU(options.loadRuns) {
        let knowledgeBase = try load(directory)
        warnings = knowledgeBase.diagnostics.count
    }
    let payerKitRate = Double(bytes) / payerKit.wall.median / 1e6
    row("load", "PayerKit PayerKnowledgeBase.load(from:), wall clock, files decoded on \(ProcessInfo.processInfo.activeProcessorCount) cores (\(warnings) diagnostics)",
        String(format: "%.1f MB/s (%@)", payerKitRate, Format.time(payerKit.wall.median)),
        target: ">= 0.70x floor", verdict: "\(Format.ratio(payerKitRate / floorRate)) \(pass(payerKitRate / floorRate >= 0.7))")
    // The floor runs on one core; per CPU-second is the like-for-like comparison of the work each does.
    let perCPURate = Double(bytes) / payerKit.cpu.median / 1e6
    row("load", "PayerKit, per CPU-second (one core's worth of the same load)", String(format: "%.1f MB/s (%@ CPU)", perCPURate, Format.time(payerKit.cpu.median)),
        target: "(floor, one core)", verdict: Format.ratio(perCPURate / floorRate))

    let script = """
        import glob, os, sys, time, yaml
        if not getattr(yaml, '__with_libyaml__', False):
            print('nolibyaml'); sys.exit(0)
        files = sorted(glob.glob(os.path.join(sys.argv[1], '*.yaml')))
        times = []
        for _ in range(int(sys.argv[2])):
            start = time.perf_counter()
            for path in files:
                with open(path, 'rb') as f:
                    yaml.load(f, Loader=yaml.CSafeLoader)
            times.append(time.perf_counter() - start)
        times.sort()
        print(times[len(times) // 2], yaml.__version__)
        """
    let pythonPath = options.python.hasPrefix("/") ? options.python : "/usr/bin/env"
    let pythonArguments = options.python.hasPrefix("/") ? [pythonPath] : [pythonPath, options.python]
    let result = try? spawn(pythonArguments + ["-c", script, directory, String(options.pyyamlRuns)], captureOutput: true)
    let fields = result?.output.split(separator: " ").map(String.init) ?? []
    if let seconds = fields.first.flatMap({ Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }) {
        let rate = Double(bytes) / seconds / 1e6
        let version = fields.count > 1 ? fields[1].trimmingCharacters(in: .whitespacesAndNewlines) : "?"
        row("load", "PyYAML \(version) yaml.load(Loader=CSafeLoader), \(options.pyyamlRuns) run(s)", String(format: "%.2f MB/s (%@)", rate, Format.time(seconds)),
            target: ">= 10x PyYAML", verdict: "\(Format.ratio(payerKitRate / rate)) \(pass(payerKitRate / rate >= 10)); per CPU-second \(Format.ratio(perCPURate / rate))")
    } else {
        row("load", "PyYAML CSafeLoader", "not measured: \(options.python) has no PyYAML with libyaml (\(result?.output.trimmingCharacters(in: .whitespacesAndNewlines) ?? "no python"))")
    }
}

// MARK: Lookup

/// A code inside `range`, `fraction` of the way from its low end.
func code(in range: CodeRange, at fraction: Double) -> ProcedureCode {
    let low = range.lower.text, high = range.upper.text
    guard low != high else { return range.lower }
    let isDigit: (Character) -> Bool = { $0.isASCII && $0.isNumber }
    let prefix = String(low.prefix { !isDigit($0) })
    let suffix = String(low.reversed().prefix { !isDigit($0) }.reversed())
    let digits = low.dropFirst(prefix.count).dropLast(suffix.count)
    let lowNumber = Int(digits)!
    let highNumber = Int(high.dropFirst(prefix.count).dropLast(suffix.count))!
    let number = lowNumber + Int(Double(highNumber - lowNumber) * fraction)
    let text = prefix + String(repeating: "0", count: max(0, digits.count - String(number).count)) + String(number) + suffix
    return try! ProcedureCode(text)
}

/// Times `body(i)` for each i, one clock reading per call; returns per-call seconds and heap allocations per call.
func timeEach(_ count: Int, _ body: (Int) throws -> Int) rethrows -> (Samples, allocations: Double, sink: Int) {
    var sink = 0
    for i in 0..<min(count, 10_000) { sink &+= try body(i) }  // warm-up
    var times = [Double](repeating: 0, count: count)
    let allocationsBefore = allocation_count()
    for i in 0..<count {
        let start = nanoseconds()
        sink &+= try body(i)
        times[i] = Double(nanoseconds() - start) / 1e9
    }
    let allocations = Double(allocation_count() - allocationsBefore) / Double(count)
    return (Samples(times), allocations, sink)
}

/// Measures every kind of lookup, or only `only` ("given", "open", "retro", "name") when profiling one.
func measureLookups(_ knowledgeBase: PayerKnowledgeBase, options: Options, only: String? = nil) throws {
    let payers = knowledgeBase.payers
    let entries = payers.reduce(0) { $0 + $1.rules.reduce(0) { $0 + $1.codes.count } }
    print("Lookups (\(payers.count) payers, \(entries) code entries; \(options.queries) queries each, one clock reading per query)")
    var rng = SplitMix64(seed: 42)
    let date = CalendarDate(year: 2025, month: 6, day: 15)!
    let asOf = CalendarDate(year: 2026, month: 2, day: 1)!
    let lines: [LineOfBusiness] = [.commercial, .medicareAdvantage, .medicaid]
    let settings: [CareSetting] = [.office, .hospitalOutpatient, .home, .inpatient]
    var open: [(Int, AuthorizationQuery)] = []
    var given: [(Int, AuthorizationQuery)] = []
    for _ in 0..<options.queries {
        let payerIndex = Int.random(in: 0..<payers.count, using: &rng)
        let payer = payers[payerIndex]
        let procedure: ProcedureCode
        if Int.random(in: 0..<10, using: &rng) < 8, let rule = payer.rules.randomElement(using: &rng), let range = rule.codes.randomElement(using: &rng) {
            procedure = code(in: range, at: Double.random(in: 0...1, using: &rng))
        } else {
            procedure = try ProcedureCode(String(Int.random(in: 10_000...99_999, using: &rng)))
        }
        open.append((payerIndex, AuthorizationQuery(code: CodeQuery(procedure), dateOfService: date, asOf: asOf)))
        let scope = QueryScope(
            lineOfBusiness: lines.randomElement(using: &rng), state: payer.states?.sorted().randomElement(using: &rng),
            setting: settings.randomElement(using: &rng))
        given.append((payerIndex, AuthorizationQuery(code: CodeQuery(procedure), dateOfService: date, scope: scope, asOf: asOf)))
    }
    for (kind, label, queries) in [("given", "line of business, state and setting given", given), ("open", "scope left open (the CLI default)", open)]
    where only == nil || only == kind {
        let (samples, allocations, _) = try timeEach(queries.count) { i in
            let (payerIndex, query) = queries[i]
            return try payers[payerIndex].authorization(for: query).outcomes.count
        }
        row("lookup", "authorization query, \(label)", "median \(Format.time(samples.median)), p99 \(Format.time(samples.p99)), \(String(format: "%.1f", allocations)) allocations/query",
            target: "median <= 1 µs", verdict: "\(Format.ratio(samples.median / 1e-6)) \(pass(samples.median <= 1e-6))")
    }
    if only == nil || only == "hot" {
        // The same kind of questions, all to one payer: its index and rules stay in cache, so this is the compute
        // cost alone; the difference to the rows above is memory latency.
        let payer = payers[0]
        let hot = given.map { _, query -> AuthorizationQuery in
            var query = query
            if let rule = payer.rules.randomElement(using: &rng), let range = rule.codes.randomElement(using: &rng) {
                query.code = CodeQuery(code(in: range, at: Double.random(in: 0...1, using: &rng)))
            }
            query.scope.values[.state] = payer.states?.sorted().first
            return query
        }
        let (samples, allocations, _) = try timeEach(hot.count) { i in try payer.authorization(for: hot[i]).outcomes.count }
        row("lookup", "authorization query, scope given, one payer (its data in cache)",
            "median \(Format.time(samples.median)), p99 \(Format.time(samples.p99)), \(String(format: "%.1f", allocations)) allocations/query")
    }

    guard only == nil || only == "retro" || only == "name" else { return }
    let retro = (0..<options.queries).map { i -> (Int, RetroQuery) in
        let (payerIndex, query) = given[i]
        return (payerIndex, RetroQuery(serviceDate: CalendarDate(year: 2026, month: 1, day: 10 + i % 20)!, asOf: asOf, scope: query.scope, code: query.code.code))
    }
    if only == nil || only == "retro" {
        let (retroSamples, retroAllocations, _) = try timeEach(retro.count) { i in
            let (payerIndex, query) = retro[i]
            return try payers[payerIndex].retroAuthorization(for: query).outcomes.count
        }
        row("lookup", "retro query (code and scope given)", "median \(Format.time(retroSamples.median)), p99 \(Format.time(retroSamples.p99)), \(String(format: "%.1f", retroAllocations)) allocations/query")
    }
    guard only == nil || only == "name" else { return }

    let names = (0..<options.queries).map { i -> String in
        let index = Int.random(in: 0..<payers.count, using: &rng)
        switch i % 3 {
        case 0: return SyntheticRuleSet.payerID(index)
        case 1: return SyntheticRuleSet.payerName(index)
        default: return "SYN\(String(format: "%03d", index))"
        }
    }
    let (nameSamples, nameAllocations, _) = timeEach(names.count) { i in
        if case .found(let payer) = knowledgeBase.payer(matching: names[i]) { return payer.rules.count }
        return 0
    }
    row("lookup", "payer by id, name or alias", "median \(Format.time(nameSamples.median)), p99 \(Format.time(nameSamples.p99)), \(String(format: "%.1f", nameAllocations)) allocations/lookup")
}

// MARK: CLI and memory

func measureCLI(_ directory: String, options: Options) throws {
    guard let binary = options.payerBinary else {
        print("CLI: skipped (no --payer-binary)")
        return
    }
    print("CLI wall time (median of \(options.cliRuns) rounds after a warm-up; the commands take turns within a round)")
    // A payer in the middle of the set (123 of the default 200), so a small smoke-test set works too.
    let sample = min(123, options.set.payers / 2)
    let knowledgeBase = try PayerKnowledgeBase.load(from: directory, forPayer: SyntheticRuleSet.payerID(sample))
    guard case .found(let payer) = knowledgeBase.payer(matching: SyntheticRuleSet.payerID(sample)), let code = payer.rules[payer.rules.count / 2].codes.first?.lower else {
        throw BenchError("payer \(SyntheticRuleSet.payerID(sample)) did not load")
    }
    let shipped = options.shippedRules.map {
        [binary, "auth", "medicare-ffs", "64490", "--date", "2024-01-01", "--setting", "hospital-outpatient", "--rules", $0]
    }
    let samples = try timePrograms(
        [
            [binary, "--help"],  // A bare start: argument parsing and output, no rules read.
            [binary, "auth", SyntheticRuleSet.payerID(sample), code.text, "--date", "2025-06-15", "--rules", directory],
        ] + (shipped.map { [$0] } ?? []),
        runs: options.cliRuns)
    let (bare, large) = (samples[0], samples[1])
    row("cli", "payer --help (bare start, no rules read)", "\(Format.time(bare.median)) (min \(Format.time(bare.min)))")
    if shipped != nil {
        let auth = samples[2]
        row("cli", "payer auth medicare-ffs 64490 (shipped rules)", "\(Format.time(auth.median)) (min \(Format.time(auth.min)))",
            target: "<= 30 ms", verdict: "\(Format.ratio(auth.median / 0.030)) \(pass(auth.median <= 0.030))")
    }
    row("cli", "payer auth \(SyntheticRuleSet.payerID(sample)) \(code.text) (large set, reads one file)", "\(Format.time(large.median)) (min \(Format.time(large.min)))",
        target: "<= 2x bare start", verdict: "\(Format.ratio(large.median / bare.median)) \(pass(large.median <= 2 * bare.median))")
    let byName = try timeProgram([binary, "auth", SyntheticRuleSet.payerName(sample), code.text, "--date", "2025-06-15", "--rules", directory], runs: max(3, options.cliRuns / 10))
    row("cli", "payer auth by name (large set, reads every file)", "\(Format.time(byName.median))")
}

func measureMemory(_ directory: String, bytes: Int) throws {
    print("Memory (a fresh process loads the large set once)")
    let executable = CommandLine.arguments[0].hasPrefix("/") ? CommandLine.arguments[0]
        : FileManager.default.currentDirectoryPath + "/" + CommandLine.arguments[0]
    let (status, output) = try spawn([executable, "memory", directory], captureOutput: true)
    let fields = output.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
    guard status == 0, fields.count == 5 else { throw BenchError("memory run failed: \(output)") }
    let (before, after, peak, heapBefore, heapAfter) = (fields[0], fields[1], fields[2], fields[3], fields[4])
    let growth = after - before
    row("memory", "resident growth holding the loaded set (RSS after - before)", "\(Format.megabytes(growth)) for \(Format.megabytes(bytes)) of YAML",
        target: "<= 3x YAML", verdict: "\(Format.ratio(Double(growth) / Double(bytes))) \(pass(Double(growth) <= 3 * Double(bytes)))")
    row("memory", "live heap holding the loaded set (malloc in use after - before)",
        "\(Format.megabytes(heapAfter - heapBefore)) (\(Format.ratio(Double(heapAfter - heapBefore) / Double(bytes))) the YAML)")
    row("memory", "peak resident size of the whole process (ru_maxrss)", "\(Format.megabytes(peak)) (\(Format.ratio(Double(peak) / Double(bytes))) the YAML)")
}

// MARK: Commands

func printTable(_ written: SyntheticRuleSet.Written, options: Options) {
    print("""

        ## Results

        Large set: \(options.set.payers) payers x \(options.set.rulesPerPayer) rules, \(written.rules) rules, \(written.codeEntries) code entries \
        (\(written.codesCovered) codes once ranges are expanded), \(Format.megabytes(written.bytes)) of YAML.

        | group | measure | result | target | ratio, verdict |
        |---|---|---|---|---|
        """)
    for row in report {
        print("| \(row.group) | \(row.what) | \(row.result) | \(row.target) | \(row.verdict) |")
    }
}

func run() throws {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    switch options.command {
    case "generate":
        guard let directory = options.positional.first else { throw BenchError("generate DIR") }
        let written = try options.set.write(to: directory)
        print("wrote \(written.rules) rules, \(written.codeEntries) code entries, \(Format.megabytes(written.bytes)) to \(directory)")
    case "memory":
        guard let directory = options.positional.first else { throw BenchError("memory DIR") }
        let (before, heapBefore) = (residentBytes(), heap_bytes_in_use())
        let knowledgeBase = try load(directory)
        let (after, heapAfter) = (residentBytes(), heap_bytes_in_use())
        withExtendedLifetime(knowledgeBase) { print(before, after, peakResidentBytes(), heapBefore, heapAfter) }
    case "load":
        guard let directory = options.positional.first else { throw BenchError("load DIR [N]") }
        for _ in 0..<(options.positional.dropFirst().first.flatMap { Int($0) } ?? 1) { _ = try load(directory) }
    case "cli":
        guard let directory = options.positional.first else { throw BenchError("cli DIR --payer-binary PATH [--shipped-rules DIR]") }
        try measureCLI(directory, options: options)
    case "floor":
        guard let directory = options.positional.first else { throw BenchError("floor DIR [N]") }
        for _ in 0..<(options.positional.dropFirst().first.flatMap { Int($0) } ?? 1) {
            for file in try yamlFiles(in: directory) {
                guard let data = FileManager.default.contents(atPath: file) else { throw BenchError("cannot read \(file)") }
                _ = data.withUnsafeBytes { yaml_floor_scan($0.bindMemory(to: UInt8.self).baseAddress, $0.count) }
            }
        }
    case "queries":
        guard let directory = options.positional.first else { throw BenchError("queries DIR [N [given|open|retro|name]]") }
        var options = options
        options.queries = options.positional.dropFirst().first.flatMap { Int($0) } ?? 100_000
        try measureLookups(try load(directory), options: options, only: options.positional.dropFirst(2).first)
    case "all":
        let directory = options.keep ?? NSTemporaryDirectory() + "payer-bench-\(getpid())"
        defer { if options.keep == nil { try? FileManager.default.removeItem(atPath: directory) } }
        print("Generating \(options.set.payers) payers x \(options.set.rulesPerPayer) rules into \(directory) …")
        let written = try options.set.write(to: directory)
        print("wrote \(written.rules) rules, \(written.codeEntries) code entries, \(Format.megabytes(written.bytes))\n")
        try measureLoad(directory, bytes: written.bytes, options: options)
        try measureLookups(try load(directory), options: options)
        try measureCLI(directory, options: options)
        try measureMemory(directory, bytes: written.bytes)
        printTable(written, options: options)
    default:
        throw BenchError("unknown command \(options.command); use all, generate, memory, load or queries")
    }
}

do {
    try run()
} catch {
    FileHandle.standardError.write(Data("payer-bench: \(error)\n".utf8))
    exit(1)
}
