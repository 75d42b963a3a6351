import Foundation

/// What ``XMLByteScanner`` reports, in document order.
protocol XMLByteHandler {
    /// An element starts; `element` is its local name. Returns false to give up (an attribute it needs is not plain).
    mutating func start(_ element: XLSXElement, _ tag: XMLByteTag) -> Bool
    /// An element ends (also right after `start` for an empty-element tag, as `XMLParser` reports it).
    mutating func end(_ element: XLSXElement)
    /// Character data, entities decoded and line ends normalised; CDATA sections included.
    mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>)
}

/// One attribute of a start tag: ranges into the scanned bytes.
struct XMLByteAttribute {
    var name: Range<Int>
    var value: Range<Int>
    /// No entity reference and no tab or line end: the bytes are the value.
    var plain: Bool
}

/// A start tag's attributes, valid during ``XMLByteHandler/start(_:_:)`` only.
struct XMLByteTag {
    /// An attribute's value as the handler may use it.
    enum Value {
        case absent
        case plain(UnsafeBufferPointer<UInt8>)
        /// Present with entity references or white space to normalise: the handler gives up rather than guess
        /// how `XMLParser` would report it.
        case other
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let attributes: UnsafeBufferPointer<XMLByteAttribute>

    /// The attribute whose qualified name is `name` (`r`, `t` …; as `XMLParser`'s dictionary keys are).
    subscript(_ name: StaticString) -> Value {
        let wanted = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        for attribute in attributes where UnsafeBufferPointer(rebasing: bytes[attribute.name]).elementsEqual(wanted) {
            return attribute.plain ? .plain(UnsafeBufferPointer(rebasing: bytes[attribute.value])) : .other
        }
        return .absent
    }
}

/// A byte-level reader of the regular XML that spreadsheet programs write, for worksheets' rows and shared strings
/// (where `XMLParser`'s per-callback strings and dictionaries cost ten times the CSV load; see bench/README.md).
///
/// It reads UTF-8 XML fed in pieces of any size: elements, attributes in either quote, the five predefined entities
/// and numeric character references, CDATA, comments, processing instructions and an XML declaration naming UTF-8,
/// with line ends and attribute white space normalised as XML 1.0 says. It checks well-formedness as it goes (tags
/// nest and match, one root, names, quotes, legal characters, valid UTF-8, no `]]>` in text). Anything else — a
/// DOCTYPE, another encoding, an unknown entity, a tag or text run longer than 1 MiB, any error — makes it give up
/// (``gaveUp``), and the caller reads the part again with `XMLParser`, which then reports errors with their line.
/// It never recurses; open elements are kept in a flat byte stack.
struct XMLByteScanner<Handler: XMLByteHandler> {
    /// Receives the events.
    var handler: Handler
    /// True once the scanner met something it does not read; it then ignores further input.
    private(set) var gaveUp = false

    /// Bytes of an unfinished token, kept for the next piece.
    private var pending: [UInt8] = []
    /// The open elements' qualified names, one after the other; `nameEnds` marks where each ends (bytes beyond the
    /// last end are stale).
    private var names: [UInt8] = []
    private var nameEnds: [Int] = []
    /// The current start tag's attributes: the first `attributeCount` (the array is reused, never shrunk).
    private var attributes: [XMLByteAttribute] = []
    private var attributeCount = 0
    /// Decoded character data when it differs from the bytes.
    private var scratch: [UInt8] = []
    private var atStart = true
    private var sawRoot = false
    /// The longest unfinished token kept before giving up.
    static var longestToken: Int { 1 << 20 }

    /// A scanner reporting to `handler`.
    init(handler: Handler) {
        self.handler = handler
        scratch.reserveCapacity(1024)
    }

    /// Reads the next piece of the document.
    mutating func feed(_ piece: UnsafeRawBufferPointer) {
        guard !gaveUp else { return }
        let bytes = piece.bindMemory(to: UInt8.self)
        if pending.isEmpty {
            guard let used = scan(bytes, final: false) else { return giveUp() }
            pending.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[used...]))
        } else {
            pending.append(contentsOf: bytes)
            var kept = pending
            pending = []
            let used = kept.withUnsafeBufferPointer { scan($0, final: false) }
            guard let used else { return giveUp() }
            kept.removeSubrange(0 ..< used)
            pending = kept
        }
        if pending.count > Self.longestToken { giveUp() }
    }

    /// Ends the document. Returns whether it was read whole (false: the caller reads it with `XMLParser`).
    mutating func finish() -> Bool {
        guard !gaveUp else { return false }
        let kept = pending
        pending = []
        let used = kept.withUnsafeBufferPointer { scan($0, final: true) }
        if used != kept.count || !nameEnds.isEmpty || !sawRoot { giveUp() }
        return !gaveUp
    }

    private mutating func giveUp() {
        gaveUp = true
        pending = []
    }

    // MARK: Tokens

    /// Scans whole tokens of `b`; returns how many bytes were used (the rest is an unfinished token), nil to give up.
    private mutating func scan(_ b: UnsafeBufferPointer<UInt8>, final: Bool) -> Int? {
        let n = b.count
        var i = 0
        if atStart {
            guard let start = declaration(b, final: final) else { return nil }
            if start < 0 { return 0 }  // not enough bytes yet to read the declaration
            i = start
            atStart = false
        }
        while i < n {
            if b[i] != Ascii.lt {
                guard let j = Self.find(Ascii.lt, in: b, from: i) else {
                    if final {
                        guard text(b, i, n) else { return nil }
                        return n
                    }
                    return i
                }
                guard text(b, i, j) else { return nil }
                i = j
                continue
            }
            guard i + 1 < n else { return final ? nil : i }
            let next: Int?
            switch b[i + 1] {
            case Ascii.slash: next = endTag(b, i)
            case Ascii.question: next = instruction(b, i)
            case Ascii.bang: next = markup(b, i)
            default: next = startTag(b, i)
            }
            guard let next else { return nil }
            if next < 0 { return final ? nil : i }  // unfinished
            i = next
        }
        return i
    }

    /// Skips a UTF-8 byte-order mark and reads the XML declaration. Returns where content starts, -1 when more
    /// bytes are needed, nil to give up (another encoding).
    private func declaration(_ b: UnsafeBufferPointer<UInt8>, final: Bool) -> Int? {
        if b.count < 9 && !final { return -1 }  // a mark (3 bytes) and `<?xml ` (6) decide
        var i = 0
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { i = 3 }
        // UTF-16 or UTF-32, with or without a mark: `XMLParser` reads them.
        if b.count >= 2, b[0] == 0 || b[1] == 0 || b[0] == 0xFE || b[0] == 0xFF { return nil }
        let open = Array("<?xml".utf8)
        guard b.count - i >= 6, b[i ..< i + 5].elementsEqual(open), Ascii.isSpace(b[i + 5]) else { return i }
        guard let close = Self.find(Array("?>".utf8), in: b, from: i + 5) else { return final ? nil : -1 }
        let body = UnsafeBufferPointer(rebasing: b[(i + 5) ..< close])
        guard Self.validCharacters(body) else { return nil }
        if let key = Self.find(Array("encoding".utf8), in: body, from: 0) {
            var k = key + 8
            while k < body.count, Ascii.isSpace(body[k]) || body[k] == Ascii.equals { k += 1 }
            guard k < body.count else { return nil }
            let quote = body[k]
            guard let end = Self.find(quote, in: body, from: k + 1) else { return nil }
            let name = String(decoding: body[(k + 1) ..< end], as: UTF8.self).lowercased()
            guard name == "utf-8" || name == "utf8" else { return nil }
        }
        return close + 2
    }

    /// `<name attributes…>` or `<name …/>` at `i`. Returns where the tag ends, -1 when unfinished, nil to give up.
    private mutating func startTag(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let n = b.count
        let nameStart = i + 1
        guard let nameEnd = Self.name(b, from: nameStart) else { return nameStart >= n ? -1 : nil }
        if nameEnd >= n { return -1 }
        attributeCount = 0
        var k = nameEnd
        var empty = false
        while true {
            let spaced = k < n && Ascii.isSpace(b[k])
            while k < n, Ascii.isSpace(b[k]) { k += 1 }
            guard k < n else { return -1 }
            if b[k] == Ascii.gt { k += 1; break }
            if b[k] == Ascii.slash {
                guard k + 1 < n else { return -1 }
                guard b[k + 1] == Ascii.gt else { return nil }
                empty = true
                k += 2
                break
            }
            guard spaced, let attributeEnd = Self.name(b, from: k) else { return nil }
            if attributeEnd >= n { return -1 }
            let attributeName = k ..< attributeEnd
            k = attributeEnd
            while k < n, Ascii.isSpace(b[k]) { k += 1 }
            guard k < n else { return -1 }
            guard b[k] == Ascii.equals else { return nil }
            k += 1
            while k < n, Ascii.isSpace(b[k]) { k += 1 }
            guard k < n else { return -1 }
            let quote = b[k]
            guard quote == Ascii.quote || quote == Ascii.apostrophe else { return nil }
            guard let close = Self.find(quote, in: b, from: k + 1) else { return -1 }
            guard let plain = Self.attributeValue(b, k + 1, close) else { return nil }
            for other in attributes[..<attributeCount] where b[other.name].elementsEqual(b[attributeName]) { return nil }  // a duplicate
            let attribute = XMLByteAttribute(name: attributeName, value: (k + 1) ..< close, plain: plain)
            if attributeCount < attributes.count { attributes[attributeCount] = attribute } else { attributes.append(attribute) }
            attributeCount += 1
            k = close + 1
        }
        guard !(nameEnds.isEmpty && sawRoot) else { return nil }  // a second root element
        sawRoot = true
        let element = XLSXElement(local: Self.local(b, nameStart ..< nameEnd))
        let count = attributeCount
        let accepted = attributes.withUnsafeBufferPointer {
            handler.start(element, XMLByteTag(bytes: b, attributes: UnsafeBufferPointer(rebasing: $0[..<count])))
        }
        guard accepted else { return nil }
        if empty {
            handler.end(element)
        } else {
            let top = nameEnds.last ?? 0, length = nameEnd - nameStart
            // The byte stack only grows; entries above the top are overwritten (no removal, no reallocation).
            if names.count < top + length { names.append(contentsOf: repeatElement(0, count: top + length - names.count)) }
            names.withUnsafeMutableBufferPointer { stack in
                for offset in 0 ..< length { stack[top + offset] = b[nameStart + offset] }
            }
            nameEnds.append(top + length)
        }
        return k
    }

    /// `</name>` at `i`, which must close the innermost open element.
    private mutating func endTag(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        guard let close = Self.find(Ascii.gt, in: b, from: i + 2) else { return -1 }
        guard let nameEnd = Self.name(b, from: i + 2), nameEnd <= close,
              b[nameEnd ..< close].allSatisfy(Ascii.isSpace), let top = nameEnds.last else { return nil }
        let openStart = nameEnds.count >= 2 ? nameEnds[nameEnds.count - 2] : 0
        guard names[openStart ..< top].elementsEqual(b[(i + 2) ..< nameEnd]) else { return nil }
        nameEnds.removeLast()
        handler.end(XLSXElement(local: Self.local(b, (i + 2) ..< nameEnd)))
        return close + 1
    }

    /// `<?target …?>` at `i`: skipped, unless it is an XML declaration out of place.
    private func instruction(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        guard let close = Self.find(Array("?>".utf8), in: b, from: i + 2) else { return -1 }
        guard let targetEnd = Self.name(b, from: i + 2), targetEnd <= close else { return nil }
        let target = String(decoding: b[(i + 2) ..< targetEnd], as: UTF8.self).lowercased()
        guard target != "xml", targetEnd == close || Ascii.isSpace(b[targetEnd]),
              Self.validCharacters(UnsafeBufferPointer(rebasing: b[targetEnd ..< close])) else { return nil }
        return close + 2
    }

    /// `<!--…-->` or `<![CDATA[…]]>` at `i`; anything else (a DOCTYPE) gives up.
    private mutating func markup(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let comment = Array("<!--".utf8), cdata = Array("<![CDATA[".utf8)
        let available = b.count - i
        if b[i...].starts(with: comment.prefix(available)) && available < comment.count { return -1 }
        if b[i...].starts(with: cdata.prefix(available)) && available < cdata.count { return -1 }
        if b[i...].starts(with: comment) {
            guard let close = Self.find(Array("--".utf8), in: b, from: i + 4) else { return -1 }
            guard close + 2 < b.count else { return -1 }
            guard b[close + 2] == Ascii.gt, Self.validCharacters(UnsafeBufferPointer(rebasing: b[(i + 4) ..< close])) else { return nil }
            return close + 3
        }
        guard b[i...].starts(with: cdata), !nameEnds.isEmpty else { return nil }
        guard let close = Self.find(Array("]]>".utf8), in: b, from: i + 9) else { return -1 }
        let body = UnsafeBufferPointer(rebasing: b[(i + 9) ..< close])
        guard Self.validCharacters(body) else { return nil }
        if body.contains(Ascii.cr) {
            scratch.removeAll(keepingCapacity: true)
            var k = 0
            while k < body.count {
                if body[k] == Ascii.cr {
                    scratch.append(Ascii.lf)
                    if k + 1 < body.count, body[k + 1] == Ascii.lf { k += 1 }
                } else {
                    scratch.append(body[k])
                }
                k += 1
            }
            scratch.withUnsafeBufferPointer { handler.characters($0) }
        } else {
            handler.characters(body)
        }
        return close + 3
    }

    /// Character data `b[from..<to]` (a whole run up to the next `<`). Outside the root only white space may stand.
    private mutating func text(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
        if nameEnds.isEmpty { return b[from ..< to].allSatisfy(Ascii.isSpace) }
        var k = from
        while k < to {
            let c = b[k]
            if c == Ascii.amp || c == Ascii.cr || c == Ascii.gt || c >= 0x80 || (c < 0x20 && c != Ascii.tab && c != Ascii.lf) { break }
            k += 1
        }
        if k == to {
            handler.characters(UnsafeBufferPointer(rebasing: b[from ..< to]))
            return true
        }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: b[from ..< k]))
        while k < to {
            let c = b[k]
            switch c {
            case Ascii.amp:
                guard let (scalar, end) = Self.entity(b, k, to) else { return false }
                UTF8.encode(scalar) { scratch.append($0) }
                k = end
                continue
            case Ascii.cr:
                scratch.append(Ascii.lf)
                if k + 1 < to, b[k + 1] == Ascii.lf { k += 1 }
            case Ascii.gt:
                if k - from >= 2, b[k - 1] == Ascii.rbracket, b[k - 2] == Ascii.rbracket { return false }
                scratch.append(c)
            case 0x80...:
                guard let length = Self.utf8Length(b, k, to) else { return false }
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: b[k ..< k + length]))
                k += length
                continue
            case ..<0x20 where c != Ascii.tab && c != Ascii.lf:
                return false
            default:
                scratch.append(c)
            }
            k += 1
        }
        scratch.withUnsafeBufferPointer { handler.characters($0) }
        return true
    }

    // MARK: Lexical checks

    /// Checks an attribute value `b[from..<to]`: returns whether it is plain (no reference, tab or line end), nil
    /// when it is not well-formed (`<`, a bad reference, an illegal character).
    private static func attributeValue(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool? {
        var plain = true
        var k = from
        while k < to {
            let c = b[k]
            switch c {
            case Ascii.lt: return nil
            case Ascii.amp:
                guard let (_, end) = entity(b, k, to) else { return nil }
                plain = false
                k = end
                continue
            case Ascii.tab, Ascii.lf, Ascii.cr: plain = false
            case ..<0x20: return nil
            case 0x80...:
                guard let length = utf8Length(b, k, to) else { return nil }
                k += length
                continue
            default: break
            }
            k += 1
        }
        return plain
    }

    /// Whether `body` (a comment, instruction or CDATA section) holds only legal XML characters in valid UTF-8.
    private static func validCharacters(_ body: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0
        while k < body.count {
            let c = body[k]
            if c >= 0x80 {
                guard let length = utf8Length(body, k, body.count) else { return false }
                k += length
                continue
            }
            if c < 0x20 && c != Ascii.tab && c != Ascii.lf && c != Ascii.cr { return false }
            k += 1
        }
        return true
    }

    /// The reference at `b[k] == "&"`: the character it stands for and where it ends; nil when unknown or illegal.
    private static func entity(_ b: UnsafeBufferPointer<UInt8>, _ k: Int, _ to: Int) -> (Unicode.Scalar, Int)? {
        guard let semicolon = find(Ascii.semicolon, in: b, from: k + 1), semicolon < to, semicolon - k <= 12 else { return nil }
        let body = b[(k + 1) ..< semicolon]
        let end = semicolon + 1
        if body.first == Ascii.hash {
            var digits = body.dropFirst()
            var radix: UInt32 = 10
            if digits.first == UInt8(ascii: "x") {
                radix = 16
                digits = digits.dropFirst()
            }
            guard !digits.isEmpty else { return nil }
            var value: UInt32 = 0
            for digit in digits {
                let d: UInt32
                switch digit {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(digit - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: d = UInt32(digit - UInt8(ascii: "a")) + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: d = UInt32(digit - UInt8(ascii: "A")) + 10
                default: return nil
                }
                value = value * radix + d
                if value > 0x10FFFF { return nil }
            }
            let legal = value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
                || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
            guard legal, let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar, end)
        }
        switch String(decoding: body, as: UTF8.self) {
        case "lt": return ("<", end)
        case "gt": return (">", end)
        case "amp": return ("&", end)
        case "quot": return ("\"", end)
        case "apos": return ("'", end)
        default: return nil
        }
    }

    /// The length of the valid UTF-8 sequence starting at `b[k]` (a byte ≥ 0x80) that ends before `to`, nil when
    /// it is not valid UTF-8 or not a legal XML character (U+FFFE, U+FFFF).
    private static func utf8Length(_ b: UnsafeBufferPointer<UInt8>, _ k: Int, _ to: Int) -> Int? {
        let lead = b[k]
        func continuation(_ index: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index < to && range.contains(b[index])
        }
        switch lead {
        case 0xC2...0xDF:
            return continuation(k + 1) ? 2 : nil
        case 0xE0...0xEF:
            let second: ClosedRange<UInt8> = lead == 0xE0 ? 0xA0...0xBF : lead == 0xED ? 0x80...0x9F : 0x80...0xBF
            guard continuation(k + 1, second), continuation(k + 2) else { return nil }
            if lead == 0xEF, b[k + 1] == 0xBF, b[k + 2] >= 0xBE { return nil }
            return 3
        case 0xF0...0xF4:
            let second: ClosedRange<UInt8> = lead == 0xF0 ? 0x90...0xBF : lead == 0xF4 ? 0x80...0x8F : 0x80...0xBF
            return continuation(k + 1, second) && continuation(k + 2) && continuation(k + 3) ? 4 : nil
        default:
            return nil
        }
    }

    /// Where the XML name starting at `b[from]` ends (ASCII name characters, or any byte ≥ 0x80); nil when no name
    /// starts there. A name running to the end of `b` returns `b.count` (the caller waits for more).
    private static func name(_ b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard from < b.count else { return nil }
        let first = b[from]
        guard isLetter(first) || first == UInt8(ascii: "_") || first == UInt8(ascii: ":") || first >= 0x80 else { return nil }
        var k = from + 1
        while k < b.count {
            let c = b[k]
            guard isLetter(c) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: ":")
                    || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") || c >= 0x80 else { break }
            k += 1
        }
        return k
    }

    /// The local part of the qualified name `b[range]` (after the last colon).
    private static func local(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        var start = range.upperBound
        while start > range.lowerBound, b[start - 1] != UInt8(ascii: ":") { start -= 1 }
        return UnsafeBufferPointer(rebasing: b[start ..< range.upperBound])
    }

    private static func isLetter(_ c: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(c) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(c)
    }

    /// The first `byte` in `b` from `from`, with `memchr`.
    private static func find(_ byte: UInt8, in b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard from < b.count, let base = b.baseAddress else { return nil }
        guard let hit = memchr(base + from, Int32(byte), b.count - from) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// The first occurrence of `needle` in `b` from `from`.
    private static func find(_ needle: [UInt8], in b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let first = needle.first else { return nil }
        var k = from
        while let hit = find(first, in: b, from: k) {
            if hit + needle.count > b.count { return nil }
            if b[hit ..< hit + needle.count].elementsEqual(needle) { return hit }
            k = hit + 1
        }
        return nil
    }
}

/// The ASCII bytes the scanner looks for.
private enum Ascii {
    /// XML's white space: space, tab, line feed, carriage return.
    static func isSpace(_ c: UInt8) -> Bool { c == space || c == tab || c == lf || c == cr }

    static let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), slash = UInt8(ascii: "/"), question = UInt8(ascii: "?")
    static let bang = UInt8(ascii: "!"), equals = UInt8(ascii: "="), quote = UInt8(ascii: "\""), apostrophe = UInt8(ascii: "'")
    static let amp = UInt8(ascii: "&"), semicolon = UInt8(ascii: ";"), hash = UInt8(ascii: "#"), rbracket = UInt8(ascii: "]")
    static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
}
