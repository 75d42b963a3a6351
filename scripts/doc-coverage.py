#!/usr/bin/env python3
"""Doc coverage of the libraries' public API: every public declaration needs a `///` comment.

Usage: scripts/doc-coverage.py [--list] [--no-fail] [LIBRARY …]   (default libraries: ChainGraph ChainMap ChainMapGraphviz ChainMapRender)

A declaration counts when it is spelled `public` or `open` (a func, init, subscript, var, let, type, typealias or
extension member), or when it is a `case` of a public enum (DocC lists cases as symbols of their own). It is documented
when the lines right above it (attributes skipped) hold a `///` comment or end a `/** … */` block. Prints the figures per
library and every undocumented declaration as path:line: text; exits 1 when any is undocumented (0 with --no-fail).
Plain text scanning is enough here: the sources keep one declaration per line and put doc comments directly above.
"""
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DEFAULT_LIBRARIES = ["ChainGraph", "ChainMap", "ChainMapGraphviz", "ChainMapRender", "ChainMapReport"]

DECLARATION = re.compile(
    r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*"  # attributes on the same line
    r"(?:(?:nonisolated|final|static|class|override|mutating|nonmutating|convenience|required|indirect|lazy|dynamic)\s+)*"
    r"(?:public|open)(?:\(set\))?\s+"
    r"(?:(?:nonisolated|final|static|class|override|mutating|nonmutating|convenience|required|indirect|lazy|dynamic|"
    r"private\(set\)|fileprivate\(set\)|internal\(set\)|public\(set\))\s+)*"
    r"(?P<keyword>func|init\??|subscript|var|let|struct|enum|class|actor|protocol|typealias|extension|case|associatedtype)\b"
)
PUBLIC_ENUM = re.compile(r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:public|open)\s+(?:indirect\s+)?enum\s+\w+")
PUBLIC_PROTOCOL = re.compile(r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*public\s+protocol\s+\w+")
PROTOCOL_MEMBER = re.compile(r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:static\s+|mutating\s+)*(?:func|var|init|subscript|associatedtype)\b")
CASE = re.compile(r"^\s*(?:indirect\s+)?case\s+\w+")
ATTRIBUTE_LINE = re.compile(r"^\s*@\w+(?:\([^)]*\))?\s*$")


def strip_strings_and_comments(line):
    """The line without string literals and // comments, for counting braces."""
    line = re.sub(r'"(?:\\.|[^"\\])*"', '""', line)
    return line.split("//", 1)[0]


def documented(lines, index):
    """Whether the declaration at lines[index] has a doc comment directly above it."""
    j = index - 1
    while j >= 0 and ATTRIBUTE_LINE.match(lines[j]):
        j -= 1
    if j < 0:
        return False
    above = lines[j].strip()
    return above.startswith("///") or above.endswith("*/") and "/**" in "".join(lines[max(0, j - 50):j + 1])


def scan(path):
    """(documented count, [(line number, text)] undocumented) for one Swift file."""
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    found, missing = 0, []
    # Each open brace pushes what it opened: "enum" (a public enum), "protocol" (a public protocol) or "other".
    stack = []
    pending = None  # what the next "{" opens
    in_block_comment = False
    in_multiline_string = False
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if in_multiline_string:
            if stripped.count('"""') % 2 == 1:
                in_multiline_string = False
            continue
        if in_block_comment:
            if "*/" in line:
                in_block_comment = False
            continue
        if stripped.startswith("/*") and "*/" not in stripped:
            in_block_comment = True
            continue
        if stripped.startswith("//"):
            continue
        inside = stack[-1] if stack else None
        is_declaration = bool(DECLARATION.match(line))
        if inside == "enum" and CASE.match(line) and not is_declaration:
            is_declaration = True
        if inside == "protocol" and PROTOCOL_MEMBER.match(line):
            is_declaration = True
        if is_declaration:
            if documented(lines, number - 1):
                found += 1
            else:
                missing.append((number, stripped))
        if PUBLIC_ENUM.match(line):
            pending = "enum"
        elif PUBLIC_PROTOCOL.match(line):
            pending = "protocol"
        code = strip_strings_and_comments(line)
        if code.count('"""') % 2 == 1:
            in_multiline_string = True
        for character in code:
            if character == "{":
                stack.append(pending or "other")
                pending = None
            elif character == "}" and stack:
                stack.pop()
    return found, missing


def main(arguments):
    listing = "--list" in arguments
    fail = "--no-fail" not in arguments
    libraries = [a for a in arguments if not a.startswith("--")] or DEFAULT_LIBRARIES
    total_missing = 0
    for library in libraries:
        folder = os.path.join(ROOT, "Sources", library)
        documented_count, undocumented = 0, []
        for directory, _, files in sorted(os.walk(folder)):
            for name in sorted(files):
                if not name.endswith(".swift"):
                    continue
                path = os.path.join(directory, name)
                found, missing = scan(path)
                documented_count += found
                undocumented += [(os.path.relpath(path, ROOT), n, text) for n, text in missing]
        total = documented_count + len(undocumented)
        percent = 100.0 * documented_count / total if total else 100.0
        print(f"{library}: {documented_count} of {total} public declarations documented ({percent:.1f}%)")
        if listing or fail:
            for path, number, text in undocumented:
                print(f"  {path}:{number}: undocumented: {text}")
        total_missing += len(undocumented)
    if total_missing and fail:
        print(f"doc-coverage: {total_missing} public declaration{'s' if total_missing != 1 else ''} without a /// comment",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
