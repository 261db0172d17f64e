namespace LaborStandard.Cli.Output;

/// <summary>The words of <c>eligibility --batch</c>: options, notices, progress, the summary and the CSV headers.</summary>
internal sealed partial class CliTexts
{
    public string BatchOption => L(
        "批量判断：JSON Lines（.jsonl）、CSV（.csv）、TSV（.tsv）或 Excel 工作簿（.xlsx）文件，或 - 从标准输入读取；每条输入记录对应一条输出记录",
        "Decide many candidates: a JSON Lines (.jsonl), CSV (.csv), TSV (.tsv) or Excel (.xlsx) file, or - for standard input; one output record per input record");

    public string FormatOption => L("输入格式：jsonl、csv、tsv 或 xlsx（默认按文件扩展名；标准输入默认为 jsonl）", "The input format: jsonl, csv, tsv or xlsx (by default from the file's extension; jsonl for standard input)");

    public string EncodingOption => L("CSV/TSV 的文字编码：utf-8（默认，严格）或 gb18030（中文版 Excel 另存的 CSV；gbk 视同）", "The text encoding of CSV/TSV: utf-8 (the default, strict) or gb18030 (CSV saved by Chinese Excel; gbk is taken as it)");

    public string SheetOption => L("读取工作簿中该名称的工作表（默认第一张）", "Read the workbook's sheet of this name (the first by default)");

    public string ColumnsOption => L("列名映射文件：每行“表头 = 字段”，用于其他名称的表头", "A column map file: one 'header = field' a line, for other header names");

    public string BatchOutputOption => L("把结果写入该文件（写完才替换，失败时不留半个文件），默认写到标准输出", "Write the answers to this file (replaced only once complete; a failed run leaves no half-written file); stdout by default");

    public string OutputFormatOption => L("输出格式：jsonl（默认）或 csv（带表头，每条记录一行）", "The output format: jsonl (the default) or csv (a header row, one row per record)");

    public string OutputEncodingOption => L("CSV 输出的编码：utf-8（默认，带 BOM，Excel 可直接打开）或 gb18030", "The encoding of CSV output: utf-8 (the default, with a byte-order mark so that Excel opens it) or gb18030");

    public string VerdictOnlyOption => L("只写简要结果：每个等级的结论、符合的条件、日期和所缺条件（不写完整理由）", "Write short answers only: per level the verdict, the alternatives that hold, the dates and what is missing (no full explanation)");

    public string ProgressOption => L("每处理 n 条记录在标准错误输出写一行进度；0 为不写（默认：终端上显示原地刷新的进度行）", "Write a progress line on stderr every n records; 0 for never (default: a progress line redrawn in place on a terminal)");

    public string SheetWithoutWorkbook => L("--sheet 只用于 .xlsx 工作簿。", "--sheet is for .xlsx workbooks only.");

    public string ColumnsWithoutTable => L("--columns 只用于 CSV、TSV 和 .xlsx 表格。", "--columns is for CSV, TSV and .xlsx tables only.");

    public string JsonIsUtf8 => L("JSON Lines 总是 UTF-8 编码（RFC 8259）；--encoding 只用于 CSV 和 TSV。", "JSON Lines are always UTF-8 (RFC 8259); --encoding is for CSV and TSV only.");

    public string WorkbookHasNoEncoding => L("工作簿自带编码；--encoding 只用于 CSV 和 TSV。", "A workbook carries its own encoding; --encoding is for CSV and TSV only.");

    public string OutputOptionsWithoutBatch => L("--output、--output-format、--output-encoding 和 --verdict-only 只用于 --batch。", "--output, --output-format, --output-encoding and --verdict-only go with --batch only.");

    public string OutputEncodingWithoutCsv => L("--output-encoding 只用于 --output-format csv。", "--output-encoding goes with --output-format csv only.");

    public string IgnoredColumns(string file, IReadOnlyList<string> headers) => L(
        $"{file}：以下列与判断无关，已忽略：{string.Join("、", headers.Select(h => $"“{h}”"))}",
        $"{file}: these columns name no fact and were ignored: {string.Join(", ", headers.Select(h => $"'{h}'"))}");

    public string MoreErrors(string file) => L($"{file}：其余错误不再逐条列出，见输出中各记录的 errors。", $"{file}: further errors are not listed here; see each record's errors in the output.");

    public string StandardOutputName => L("标准输出", "standard output");

    public string DiskFull => L("磁盘已满。", "the disk is full.");

    public string NoSuchFolder => L("所在目录不存在。", "its folder does not exist.");

    public string NotPermitted => L("没有写入权限。", "permission denied.");

    public string WriteFailed => L("写入出错。", "the write failed.");

    public string Progress(long records) => L(
        string.Create(CultureInfo.InvariantCulture, $"已处理 {records:N0} 条记录……"),
        string.Create(CultureInfo.InvariantCulture, $"{records:N0} {(records == 1 ? "record" : "records")} done…"));

    public string ProgressLine(string file, long records, double? fraction, double rate, TimeSpan? left)
    {
        var percent = fraction is { } f ? string.Create(CultureInfo.InvariantCulture, $" {f * 100:0}%") : string.Empty;
        var time = left is { } t ? Duration(t) : null;
        return english
            ? string.Create(CultureInfo.InvariantCulture, $"{file}: {records:N0} {(records == 1 ? "record" : "records")}{percent}, {rate:N0}/s{(time is null ? string.Empty : $", {time} left")}")
            : string.Create(CultureInfo.InvariantCulture, $"{file}：已处理 {records:N0} 条{percent}，每秒 {rate:N0} 条{(time is null ? string.Empty : $"，约剩 {time}")}");
    }

    public string BatchSummary(long records, IEnumerable<(string Level, long Eligible)> perLevel, long indeterminate, long invalid)
    {
        var levels = perLevel.ToList();
        return english
            ? string.Create(CultureInfo.InvariantCulture, $"{records:N0} {(records == 1 ? "record" : "records")}: {string.Join(", ", levels.Select(l => $"{l.Level} eligible {l.Eligible:N0}"))}, indeterminate {indeterminate:N0}, unreadable {invalid:N0}")
            : string.Create(CultureInfo.InvariantCulture, $"共 {records:N0} 条记录：{string.Join("，", levels.Select(l => $"{l.Level}可申报 {l.Eligible:N0} 人"))}，无法确定 {indeterminate:N0} 人，无法读取 {invalid:N0} 条");
    }

    // ---- CSV output headers ----

    public string LineColumn => L("行号", "line");

    public string IdColumn => L("编号", "candidateId");

    public string AsOfColumn => L("评估日期", "asOf");

    public string HighestLevelColumn => L("可申报最高等级", "highestEligibleLevel");

    public string ErrorsColumn => L("错误", "errors");

    public IEnumerable<string> LevelColumns(string level) => english
        ? [$"{level} verdict", $"{level} holding conditions", $"{level} eligible since", $"{level} projected on", $"{level} unknown facts", $"{level} nearest condition", $"{level} missing"]
        : [$"{level}结论", $"{level}符合条件", $"{level}可申报起始日", $"{level}预计可申报日", $"{level}未知信息", $"{level}最接近的条件", $"{level}所缺"];

    /// <summary>Joins numbers in a cell: 、 in Chinese, a comma in English.</summary>
    public string ListSeparator => L("、", ", ");

    /// <summary>Joins whole messages in a cell.</summary>
    public string SentenceSeparator => L("；", "; ");

    private string Duration(TimeSpan time)
        => time.TotalSeconds < 60
            ? L(string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(time.TotalSeconds):0} 秒"), string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(time.TotalSeconds):0} s"))
            : time.TotalMinutes < 60
                ? L(string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(time.TotalMinutes):0} 分钟"), string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(time.TotalMinutes):0} min"))
                : L(string.Create(CultureInfo.InvariantCulture, $"{time.TotalHours:0.#} 小时"), string.Create(CultureInfo.InvariantCulture, $"{time.TotalHours:0.#} h"));
}
