import Foundation
import Logging

/// A log handler that writes one JSON object per line to standard output: `{"time", "level", "label", "message",
/// ...metadata}`, for log shippers that read JSON.
public struct JSONLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    private let label: String
    private static let output = FileHandle.standardOutput

    /// A handler for loggers labelled `label`.
    public init(label: String) {
        self.label = label
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        Self.output.write(Self.line(event: event, label: label, metadata: metadata))
    }

    /// The line for an event: keys sorted, ending in a newline.
    static func line(event: LogEvent, label: String, metadata: Logger.Metadata) -> Data {
        var object: [String: String] = [:]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) {
            object[key] = value.description
        }
        object["time"] = Date.now.formatted(.iso8601)
        object["level"] = event.level.rawValue
        object["label"] = label
        object["message"] = event.message.description
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = (try? encoder.encode(object)) ?? Data("{}".utf8)
        data.append(0x0A)
        return data
    }
}
