import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Small helpers shared by the renderer and writer tests.
enum TestSupport {
    /// The character data of every SVG `<text>` element, in document order,
    /// as an XML parser sees it (entities decoded).
    static func svgTexts(_ svg: [UInt8]) throws -> [String] {
        let document = try XMLDocument(data: Data(svg), options: [])
        // Graphviz's SVG uses a default namespace, so match on local-name().
        return try document.nodes(forXPath: "//*[local-name()='text']").map { $0.stringValue ?? "" }
    }

    /// The `<title>` of every node group (`<g class="node">`).
    static func svgNodeTitles(_ svg: [UInt8]) throws -> [String] {
        let document = try XMLDocument(data: Data(svg), options: [])
        return try document.nodes(forXPath: "//*[local-name()='g'][@class='node']/*[local-name()='title']")
            .map { $0.stringValue ?? "" }
    }

    static func svgEdgeCount(_ svg: [UInt8]) throws -> Int {
        let document = try XMLDocument(data: Data(svg), options: [])
        return try document.nodes(forXPath: "//*[local-name()='g'][@class='edge']").count
    }

    static func hasPrefix(_ bytes: [UInt8], _ prefix: [UInt8]) -> Bool {
        bytes.count >= prefix.count && Array(bytes[0..<prefix.count]) == prefix
    }

    static func contains(_ bytes: [UInt8], _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return false }
        for start in 0...(bytes.count - pattern.count) where bytes[start..<(start + pattern.count)].elementsEqual(pattern) {
            return true
        }
        return false
    }

    /// Runs `body` with file descriptor 2 pointed at a temporary file and
    /// returns what was written there. Other threads' stderr output in that
    /// window lands there too, so callers look for specific text only.
    static func capturingStderr<T>(_ body: () throws -> T) throws -> (result: T, stderr: String) {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("chainmap-stderr-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        fflush(nil)
        let saved = dup(2)
        guard saved >= 0 else { throw CocoaError(.fileWriteUnknown) }
        dup2(handle.fileDescriptor, 2)
        let result: T
        do {
            result = try body()
        } catch {
            fflush(nil)
            dup2(saved, 2)
            close(saved)
            throw error
        }
        fflush(nil)
        dup2(saved, 2)
        close(saved)
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return (result, text)
    }
}
