// Built with -enable-testing (see run.sh) to reach the internal decoder and event stream without widening the API.
@testable import PayerKit

/// Limits far below the defaults, so that small fuzz inputs reach every limit check too.
private let tightLimits = LoadLimits(
    maxFileBytes: 4096, maxDepth: 4, maxNodes: 200, maxValueBytes: 64, maxDiagnosticsPerFile: 5, maxCodeOverlaps: 50, maxExampleChecks: 20)

/// One fuzz input: the bytes of a would-be payer file.
///
/// Crashes, sanitizer reports, hangs (`-timeout`) and memory blow-ups (`-rss_limit_mb`) are what libFuzzer catches;
/// on top of that the properties every loader answer must have are checked, and a violation traps.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    for limits in [LoadLimits.default, tightLimits] {
        let (payer, diagnostics) = PayerFileDecoder.decode(bytes, file: "fuzz.yaml", expectedID: "fuzz", limits: limits)
        checkDiagnostics(diagnostics, bytes: bytes, limits: limits)
        require((payer == nil) == diagnostics.containsErrors, "a payer is returned exactly when the file has no error")
        if let payer { ask(payer) }
    }
    walkEvents(bytes)
    return 0
}

/// Every diagnostic points into the file and says something; there are never more than the limit allows.
private func checkDiagnostics(_ diagnostics: [Diagnostic], bytes: [UInt8], limits: LoadLimits) {
    require(diagnostics.count <= limits.maxDiagnosticsPerFile + 1, "at most maxDiagnosticsPerFile diagnostics and one note")
    for diagnostic in diagnostics {
        let location = diagnostic.location
        require(location.file == "fuzz.yaml", "diagnostics name the file")
        require(location.line >= 1 && location.line <= bytes.count + 1, "line within the file: \(location)")
        require(location.column >= 1 && location.column <= bytes.count + 1, "column within the file: \(location)")
        require(!diagnostic.message.isEmpty, "a diagnostic says something")
        require(diagnostic.message.unicodeScalars.count <= 700, "messages stay short: \(diagnostic.message.prefix(80))")
    }
}

/// A loaded payer answers questions about its own codes without trapping.
private func ask(_ payer: Payer) {
    let dates = ["1900-01-01", "2026-03-01", "2199-12-31"].compactMap(CalendarDate.init(iso8601:))
    for rule in payer.rules.prefix(20) {
        for date in dates {
            for code in rule.codes.prefix(3) {
                _ = try? payer.authorization(for: AuthorizationQuery(code: CodeQuery(code.lower), dateOfService: date, asOf: date))
            }
            _ = try? payer.retroAuthorization(for: RetroQuery(serviceDate: date, asOf: dates[1], code: rule.codes.first?.lower))
        }
    }
    for date in dates {
        _ = try? payer.retroAuthorization(for: RetroQuery(serviceDate: date, asOf: date))
    }
}

/// The event stream alone, on any YAML shape: every node is balanced, and it either ends cleanly or throws.
private func walkEvents(_ bytes: [UInt8]) {
    let stream = YAMLEventStream(content: bytes, file: "fuzz.yaml")
    do throws(YAMLSyntaxError) {
        guard try stream.start() else { return }
        var open = 0
        repeat {
            switch try stream.next().0 {
            case .mappingStart, .sequenceStart: open += 1
            case .mappingEnd, .sequenceEnd: open -= 1
            case .scalar: break
            }
            require(open >= 0, "ends never outnumber starts")
        } while open > 0
        try stream.finish()
    } catch {
        require(error.location.line >= 1 && error.location.column >= 1, "syntax errors point into the file: \(error.location)")
    }
}

private func require(_ condition: Bool, _ property: @autoclosure () -> String) {
    if !condition { fatalError("property violated: \(property())") }
}
