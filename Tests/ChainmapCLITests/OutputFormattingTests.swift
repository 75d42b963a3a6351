import ChainMap
import Foundation
import Testing
@testable import chainmap

/// The command line's own formatting: aligned tables, inert terminal text, JSON that never fails.
@Suite("output formatting")
struct OutputFormattingTests {
    @Test("tables align Chinese text by display width")
    func textTable() {
        let text = TextTable(headers: ["id", "name"], rows: [["a", "茶叶"], ["bb", "tea"]]).render()
        #expect(text == "id  name\n--  ----\na   茶叶\nbb  tea\n")
        #expect(DisplayWidth.of("茶叶ab") == 6)
    }

    @Test("control characters from the data never reach the terminal")
    func terminalControls() {
        let text = TextTable(headers: ["name"], rows: [["\u{1B}[31mred\u{07}\nline"]]).render()
        #expect(!text.contains("\u{1B}") && !text.contains("\u{07}"))
        #expect(text.contains("\\u{1b}[31mred\\u{7} line"))
    }

    @Test("JSON output states NaN and infinities instead of failing")
    func jsonNonFinite() throws {
        let text = try JSONOutput.render([Double.infinity, -Double.infinity, Double.nan, 1.5])
        #expect(text.contains("\"Infinity\""))
        #expect(text.contains("\"-Infinity\""))
        #expect(text.contains("\"NaN\""))
    }
}
