import Foundation
import Yams

/// Reads scenario files into validated `ScenarioSpec` values.
public enum ScenarioLoader {
    /// Parses and validates the scenario file at `path`.
    /// - Throws: `ScenarioError` with every problem found, each with file, line, field and fix.
    public static func load(path: String) throws -> ScenarioSpec {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScenarioError(diagnostics: [
                Diagnostic(
                    file: path, field: "", message: "cannot read the scenario file",
                    fix: "check the path (it is relative to the current folder)")
            ])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ScenarioError(diagnostics: [
                Diagnostic(
                    file: path, field: "", message: "the file is not UTF-8 text",
                    fix: "save the scenario as UTF-8")
            ])
        }
        return try load(yaml: text, file: path)
    }

    /// Parses and validates `yaml`; relative paths in it are resolved against `file`'s folder.
    /// - Throws: `ScenarioError` with every problem found.
    public static func load(yaml: String, file: String) throws -> ScenarioSpec {
        let sink = DiagnosticSink(file: file)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let e as YamlError {
            throw ScenarioError(diagnostics: [syntaxDiagnostic(e, file: file)])
        }
        guard let root else {
            throw ScenarioError(diagnostics: [
                Diagnostic(
                    file: file, line: 1, field: "", message: "the file is empty",
                    fix: "start with `schemaVersion: 1` and `name: ...`")
            ])
        }
        let parser = ScenarioParser(sink: sink, baseDirectory: directory(of: file))
        let spec = parser.parse(root, file: file)
        try sink.throwIfAny()
        guard let spec else { preconditionFailure("scenario parser returned nothing without a diagnostic: \(file)") }
        return spec
    }

    /// The absolute folder of `file` (relative files count from the current folder).
    static func directory(of file: String) -> String {
        let absolute = file.hasPrefix("/") ? file : FileManager.default.currentDirectoryPath + "/" + file
        return URL(fileURLWithPath: absolute).standardizedFileURL.deletingLastPathComponent().path
    }

    /// A YAML syntax error with Yams' line, column and message.
    static func syntaxDiagnostic(_ e: YamlError, file: String) -> Diagnostic {
        let fix = "fix the YAML syntax (indentation, ':' after keys, matching quotes and brackets)"
        switch e {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let what = context.map { "\($0.text) (line \($0.mark.line)): " } ?? ""
            return Diagnostic(
                file: file, line: mark.line, column: mark.column, field: "",
                message: "YAML syntax error: \(what)\(problem)", fix: fix)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(
                file: file, line: context.mark.line, column: context.mark.column,
                field: duplicates.sorted().joined(separator: ", "),
                message:
                    "duplicate key '\(duplicates.sorted().joined(separator: "', '"))' in a mapping (first written here)",
                fix: "write each key once per mapping")
        default:
            return Diagnostic(file: file, field: "", message: "YAML error: \(e)", fix: fix)
        }
    }
}
