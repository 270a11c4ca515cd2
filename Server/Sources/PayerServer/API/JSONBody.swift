import Foundation
import Hummingbird

/// JSON response bodies in the shape the `payer` tool's `--json` prints: keys sorted, slashes unescaped.
enum JSONBody {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// `value` encoded as an `application/json` response.
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        let data: Data
        do {
            data = try encoder().encode(value)
        } catch {
            // The library's answers always encode; a failure is a bug.
            return Response(status: .internalServerError, headers: [.contentType: "application/json; charset=utf-8"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: #"{"error":"the answer could not be encoded; this is a bug in payer-server"}"#)))
        }
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
