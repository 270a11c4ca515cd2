import Foundation
import Synchronization

/// One rule file read and decoded: the unit of work a load spreads over the machine's cores.
enum DecodedFile: Sendable {
    /// The file could not be read as a rule file (see ``RuleFile``).
    case refused(Diagnostic)
    /// The file was read; `payer` is nil when it had errors. `contentHash` is its bytes' FNV-1a hash, for the
    /// rule set's identity.
    case decoded(payer: Payer?, diagnostics: [Diagnostic], contentHash: UInt64)

    /// Reads and decodes `file`, expecting the payer id its name gives.
    init(reading file: String, limits: LoadLimits) {
        switch RuleFile.read(file, limits: limits) {
        case .refused(let problem): self = .refused(problem)
        case .bytes(let bytes):
            let (payer, diagnostics) = PayerFileDecoder.decode(bytes, file: file, expectedID: Self.payerID(of: file), limits: limits)
            self = .decoded(payer: payer, diagnostics: diagnostics, contentHash: ContentHasher.hash(bytes))
        }
    }

    /// `aetna` for `rules/aetna.yaml`.
    static func payerID(of file: String) -> String {
        ((file as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    /// Every file of `files`, in their order, decoded on all cores: files are independent until their payers are
    /// merged, and a service's start-up or a reload waits for the whole set.
    static func decodeAll(_ files: [String], limits: LoadLimits) -> [DecodedFile] {
        // One file (the CLI's usual case) is not worth waking a thread pool for.
        guard files.count > 1 else { return files.map { DecodedFile(reading: $0, limits: limits) } }
        let decoded = Mutex([DecodedFile?](repeating: nil, count: files.count))
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = DecodedFile(reading: files[index], limits: limits)
            decoded.withLock { $0[index] = file }
        }
        return decoded.withLock { $0.map { $0! } }
    }
}
