import DataFiles

extension ScenarioError {
    /// One diagnostic for a data file that cannot be read (file, line, column or "", message, fix).
    init(_ error: DataFileError) {
        self.init(diagnostics: [
            Diagnostic(
                file: error.file ?? "", line: error.line, field: error.field ?? "",
                message: error.message, fix: error.fix ?? "")
        ])
    }
}
