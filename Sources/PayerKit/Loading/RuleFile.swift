#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one rule file's bytes, refusing what is not a plain file of a sane size before reading it.
///
/// A path in the rules directory can be anything: a directory named `x.yaml`, a FIFO that would block forever, a
/// link to `/dev/zero` that never ends, a symbolic-link loop, a file without read permission or one of 50 MB. Each
/// becomes a diagnostic at `path:1:1` naming the problem, and only a regular file of at most
/// ``LoadLimits/maxFileBytes`` is read (and never more than that many bytes, even if it grows while being read).
enum RuleFile {
    /// What reading a path gave.
    enum Outcome {
        /// The whole file.
        case bytes([UInt8])
        /// Why it cannot be a rule file, at `path:1:1`.
        case refused(Diagnostic)
    }

    /// The file's bytes, or the diagnostic saying why it cannot be a rule file.
    static func read(_ path: String, limits: LoadLimits) -> Outcome {
        func failure(_ message: String) -> Outcome {
            .refused(Diagnostic(.error, at: SourceLocation(file: path, line: 1, column: 1), message))
        }
        // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return failure("cannot read the file: \(systemError())") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return failure("cannot read the file: \(systemError())") }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return failure("this is a directory, not a rule file")
        default: return failure("this is not a regular file (it is a device, pipe or socket); rule files are plain text files")
        }
        if let tooLarge = sizeProblem(Int(status.st_size), file: path, limits: limits) { return .refused(tooLarge) }

        // At most one byte past the limit: a file that grew after fstat is refused, never read whole. The first read
        // goes straight into the result, sized as fstat saw the file plus one byte, so the usual file is read once and
        // never copied (a copy of the 28 MB benchmark set cost its one-file question 18 ms in page faults).
        let limit = limits.maxFileBytes + 1
        var bytes = [UInt8](repeating: 0, count: min(Int(status.st_size) + 1, limit))
        var got = systemRead(descriptor, &bytes, bytes.count)
        guard got >= 0 else { return failure("cannot read the file: \(systemError())") }
        bytes.removeLast(bytes.count - got)
        // The rest, if the file grew or the read came up short.
        var chunk = [UInt8](repeating: 0, count: 4096)
        while got > 0, bytes.count < limit {
            got = systemRead(descriptor, &chunk, min(chunk.count, limit - bytes.count))
            guard got >= 0 else { return failure("cannot read the file: \(systemError())") }
            bytes += chunk[..<got]
        }
        if let tooLarge = sizeProblem(bytes.count, file: path, limits: limits) { return .refused(tooLarge) }
        return .bytes(bytes)
    }

    /// The diagnostic for a file of `size` bytes when that is over the limit.
    static func sizeProblem(_ size: Int, file: String, limits: LoadLimits) -> Diagnostic? {
        guard size > limits.maxFileBytes else { return nil }
        return Diagnostic(
            .error, at: SourceLocation(file: file, line: 1, column: 1),
            "the file is \(size) bytes, more than the \(limits.maxFileBytes) allowed (LoadLimits.maxFileBytes); it was not read")
    }

    /// read(2) into the start of `buffer`, retried when a signal interrupts it; -1 on an error.
    private static func systemRead(_ descriptor: Int32, _ buffer: inout [UInt8], _ count: Int) -> Int {
        while true {
            #if canImport(Glibc)
            let got = Glibc.read(descriptor, &buffer, count)
            #elseif canImport(Musl)
            let got = Musl.read(descriptor, &buffer, count)
            #else
            let got = Darwin.read(descriptor, &buffer, count)
            #endif
            if got >= 0 || errno != EINTR { return got }
        }
    }

    private static func systemError() -> String {
        String(cString: strerror(errno)).lowercased()
    }
}
