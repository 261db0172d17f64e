using System.Globalization;
using LaborStandard.Model;

namespace LaborStandard.Spreadsheets;

/// <summary>
/// Every message of this package, in Chinese and English. A message says what is wrong and what is accepted; the
/// error that carries it names the line, the column and the value, so none is repeated here.
/// </summary>
internal static class Messages
{
    public static readonly LocalizedText UnclosedQuoteAtEnd = new(
        "引号字段到文件末尾仍未闭合。",
        "a quoted field is not closed before the end of the input.");

    public static readonly LocalizedText UnclosedQuote = new(
        "此处的引号在本行没有闭合，跨行读取也不能构成有效的记录；本行记为错误，从下一行继续读取。",
        "the quote opened here is not closed on this line, and the lines after it do not make a valid record either; this line is reported and reading goes on at the next line.");

    public static readonly LocalizedText TextAfterClosingQuote = new(
        "右引号之后还有文字；字段中的引号须写两遍，并给整个字段加引号。",
        "text follows the closing quote; write a quote inside a field twice and quote the whole field.");

    public static readonly LocalizedText QuoteInsideField = new(
        "未加引号的字段中含有双引号；请给整个字段加引号，并把其中的双引号写两遍。",
        "a double quote inside an unquoted field; quote the whole field and write the quote twice.");

    public static readonly LocalizedText NotADate = new(
        "不是可识别的日期；可写作 2023-09-01、2023/9/1、2023.9.1、2023年9月1日 或 20230901（1900 至 2100 年，时间只可为 0:00）。",
        "is not a date in an accepted form: 2023-09-01, 2023/9/1, 2023.9.1, 2023年9月1日 or 20230901 (years 1900 to 2100; a time, if any, must be 0:00).");

    public static readonly LocalizedText NotHours = new(
        "不是学时数；请写数字，如 100 或 80.5。",
        "is not a number of hours; write a number such as 100 or 80.5.");

    public static readonly LocalizedText NegativeHours = new("学时不能为负数。", "the hours must not be negative.");

    public static readonly LocalizedText NotACode = new(
        "不是职业编码；职业编码形如 3-01-01-02。",
        "is not an occupation code; a code reads like 3-01-01-02.");

    public static readonly LocalizedText NotCodes = new(
        "不是职业编码列表；多个编码之间用顿号、逗号、分号或空格分隔，每个形如 3-01-01-02。",
        "is not a list of occupation codes; separate codes with 、 , ; or spaces, each like 3-01-01-02.");

    public static readonly LocalizedText WorkEndsBeforeStart = new("工作结束日期早于开始日期。", "the period of work ends before it starts.");

    public static readonly LocalizedText EducationMissing = new(
        "给出了学历取得日期或同等学力，却没有学历。",
        "the date or the equivalence of an education is given without the education itself.");

    public static readonly LocalizedText CellError = new(
        "单元格是 Excel 错误值（如 #N/A），不是数据；请改为实际的值或留空。",
        "the cell holds an Excel error value (such as #N/A), not data; enter the value or leave the cell blank.");

    public static readonly LocalizedText NotAWorkbook = new(
        "不是可读取的 .xlsx 工作簿（也可能已损坏，或是旧版 .xls 文件：请在 Excel 中另存为 .xlsx）。",
        "is not a readable .xlsx workbook (it may be damaged, or an old .xls file: save it as .xlsx in Excel).");

    public static readonly LocalizedText MapLineShape = new(
        "每行应写作“表头 = 字段”，例如“报考人编码 = 编号”；以 # 开头的行是注释。",
        "each line reads 'header = field', for example '报考人编码 = id'; a line starting with # is a comment.");

    public static readonly LocalizedText NotYesNo = new("应为 true/false（或 yes/no、是/否）。", "should be true or false (or yes/no, 是/否).");

    public static LocalizedText RecordTooLong(int limit) => new(
        Invariant($"记录超过 {limit:N0} 个字符的上限，未读取；从下一行继续读取。"),
        Invariant($"the record is longer than the limit of {limit:N0} characters and is not read; reading goes on at the next line."));

    public static LocalizedText InvalidBytes(string encoding) => new(
        $"含有不是有效 {encoding} 编码的字节（中文 Excel 另存的 CSV 通常是 GB18030 编码，请以 GB18030 读取）。",
        $"holds bytes that are not valid {encoding} (a CSV saved by Chinese Excel is usually GB18030: read it as GB18030).");

    public static LocalizedText FieldCount(int fields, int columns) => new(
        Invariant($"该行有 {fields} 个字段，而表头有 {columns} 列；字段数不符的行不予判定。"),
        Invariant($"the row has {fields} fields but the header names {columns} columns; a row whose fields do not match is not decided."));

    public static LocalizedText CellOutsideHeader(int column) => new(
        Invariant($"第 {column} 列没有表头，却有数据；字段数不符的行不予判定。"),
        Invariant($"column {column} has no header but holds a value; a row whose cells do not match the header is not decided."));

    public static LocalizedText RepeatedId(long firstLine) => new(
        Invariant($"编号与第 {firstLine} 行的候选人相同，但不在其紧接的行上；同一候选人的各行须连续，不同候选人须用不同编号。"),
        Invariant($"the id is that of the candidate of line {firstLine}, but not on the rows right after it; the rows of one candidate must follow one another, and different candidates need different ids."));

    public static LocalizedText Continuation(long firstLine) => new(
        Invariant($"续行（编号相同的后续行）上的个人信息须留空或与第 {firstLine} 行相同。"),
        Invariant($"on a continuation row (the same id again), a person-level cell must be blank or the same as on line {firstLine}."));

    public static LocalizedText UnknownValue(LocalizedText accepted) => new(
        $"不是可识别的值；可填写：{accepted.Chinese}。",
        $"is not an accepted value; write one of: {accepted.English}.");

    public static LocalizedText Required(string groupZh, string groupEn) => new(
        $"该行给出了{groupZh}，但此项为空。",
        $"the row gives {groupEn} but this cell is blank.");

    public static LocalizedText RequiredColumn(string groupZh, string groupEn, string columnZh, string columnEn) => new(
        $"该行给出了{groupZh}，但表头中没有“{columnZh}”列。",
        $"the row gives {groupEn} but the header has no column '{columnEn}'.");

    public static LocalizedText NoHeader(int rows) => new(
        Invariant($"前 {rows} 行中没有可识别的表头行；表头须至少有一列使用可识别的列名，如“编号”“学历”“工作开始日期”（或 id、education），其他列名可用列名映射文件对应。"),
        Invariant($"none of the first {rows} rows is a header naming a known column such as 编号, 学历, 工作开始日期 (or id, education); map other names with a column map file."));

    public static LocalizedText RepeatedColumn(string field) => new(
        $"表头中有两列都对应“{field}”，无法确定使用哪一列。",
        $"two columns of the header both name '{field}'; which one to read is ambiguous.");

    public static LocalizedText LegacyUnknownColumn(string allowed) => new(
        $"不是本工具 CSV 格式的列；可用列：{allowed}。",
        $"is not a column of the tool's CSV format; the columns are {allowed}.");

    public static LocalizedText NoSheet(string sheets) => new(
        $"工作簿中没有这个工作表；现有工作表：{sheets}。",
        $"the workbook has no such sheet; its sheets are: {sheets}.");

    public static LocalizedText MapUnknownField(string fields) => new(
        $"不是可识别的字段；可用字段：{fields}。",
        $"is not a known field; the fields are: {fields}.");

    public static LocalizedText MapRepeatedHeader(long firstLine) => new(
        Invariant($"这个表头已在第 {firstLine} 行映射过。"),
        Invariant($"this header is already mapped on line {firstLine}."));

    public static LocalizedText BadEntry(int entry, string shape) => new(
        Invariant($"第 {entry} 项应写作“{shape}”。"),
        Invariant($"entry {entry} should read '{shape}'."));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
