namespace LaborStandard.Cli.Output;

/// <summary>
/// Every text of the tool's own, in Chinese and English, in one place: help, messages, labels. The standard's texts
/// come from the standard (<see cref="LocalizedText"/>); the library's explanations come from the library. The static
/// members are bilingual pairs for the markdown pages, which show both languages.
/// </summary>
internal sealed partial class CliTexts(bool english)
{
    /// <summary>Picks the text of the output language.</summary>
    /// <param name="text">A text in both languages.</param>
    /// <returns>The English or the Chinese.</returns>
    public string Local(LocalizedText text) => english ? text.English : text.Chinese;

    // ---- Markdown pages (both languages at once) ----

    public static LocalizedText IndexTitle { get; } = new("标准概览", "Overview of the standard");

    public static LocalizedText PagesTitle { get; } = new("页面", "Pages");

    public static LocalizedText ApplicationTitle { get; } = new("申报条件与鉴定要求", "Application conditions and assessment");

    public static LocalizedText CorrectionsTitle { get; } = new("勘误", "Corrections");

    public static LocalizedText CorrectionsIntro { get; } = new(
        "征求意见稿中的印刷错误及其更正。各页按印刷原样显示原文，并链接到此处的更正。",
        "Misprints of the draft and their corrections. The pages show the text as printed and link to its correction here.");

    public static LocalizedText FiguresTitle { get; } = new("鉴定要求一览", "Assessment figures at a glance");

    public static LocalizedText CodeColumn { get; } = new("代码", "Code");

    public static LocalizedText SkillsColumn { get; } = new("技能要求", "Skill requirements");

    public static LocalizedText KnowledgeColumn { get; } = new("相关知识要求", "Related knowledge requirements");

    public static LocalizedText ItemColumn { get; } = new("项目", "Item");

    public static LocalizedText ValueColumn { get; } = new("内容", "Value");

    public static LocalizedText GroupColumn { get; } = new("类别", "Group");

    public static LocalizedText LevelColumn { get; } = new("等级", "Level");

    public static LocalizedText WhereColumn { get; } = new("位置", "Where");

    public static LocalizedText TargetColumn { get; } = new("更正对象", "Corrects");

    public static LocalizedText PrintedColumn { get; } = new("印刷原文", "As printed");

    public static LocalizedText CorrectedColumn { get; } = new("更正为", "Corrected to");

    public static LocalizedText NoteColumn { get; } = new("说明", "Note");

    public static LocalizedText OccupationCodeLabel { get; } = new("职业编码", "Occupation code");

    public static LocalizedText StatusLabel { get; } = new("状态", "Status");

    public static LocalizedText VersionLabel { get; } = new("版本", "Version");

    public static LocalizedText LanguageLabel { get; } = new("语言", "Language");

    public static LocalizedText FullMarksLabel { get; } = new("满分", "Full marks");

    public static LocalizedText PassMarkLabel { get; } = new("合格线（含）", "Pass mark (inclusive)");

    public static LocalizedText StaffLabel { get; } = new("考务人员配比", "Staff to candidates");

    public static LocalizedText MinimumDurationLabel { get; } = new("最短时间", "Minimum duration");

    public static LocalizedText TrainingHoursLabel { get; } = new("培训参考学时", "Reference training hours");

    public static LocalizedText TotalLabel { get; } = new("合计", "Total");

    public static LocalizedText EditionTitleLabel { get; } = new("标准名称", "Title of the standard");

    public static LocalizedText OccupationNameLabel { get; } = new("1.1 职业名称", "1.1 occupation name");

    public static LocalizedText CorrectedLabel { get; } = new("更正", "correction");

    public static string DetailsLabel => "详见 · details";

    public static LocalizedText StatusName(EditionStatus status) => status switch
    {
        EditionStatus.DraftForComment => new("征求意见稿", "draft for comment"),
        EditionStatus.DraftForApproval => new("送审稿", "draft for approval"),
        _ => new("正式发布", "published"),
    };

    public static LocalizedText TargetName(CorrectionTarget target)
        => target == CorrectionTarget.Code ? new("代码", "code") : new("文字", "text");

    public static LocalizedText LevelTitleLabel(LocalizedText level) => new($"{level.Chinese} 等级名称", $"{level.English}: level title");

    public static LocalizedText RequirementLabel(Requirement requirement)
    {
        var kind = requirement.Kind == RequirementKind.Skill ? SkillsColumn : KnowledgeColumn;
        return new($"{requirement.Section} / {requirement.PrintedCode} {kind.Chinese}", $"{requirement.Section} / {requirement.PrintedCode} {kind.English.ToLowerInvariant()}");
    }

    public static LocalizedText PercentOf(LocalizedText level) => new($"{level.Chinese}（%）", $"{level.English} (%)");

    public static LocalizedText Minutes(int minutes)
        => new(string.Create(CultureInfo.InvariantCulture, $"不少于 {minutes} 分钟"), string.Create(CultureInfo.InvariantCulture, $"at least {minutes} min"));

    public static LocalizedText StaffingRuleText(StaffingRule rule)
    {
        var perRoom = rule.Scope == StaffingScope.PerRoom;
        var proctor = rule.Role == StaffRole.Proctor;
        return new(
            string.Create(CultureInfo.InvariantCulture, $"{(proctor ? "监考人员" : "考评人员")}与考生 1：{rule.CandidatesPerStaff}，{(perRoom ? "每个考场" : "每场")}不少于 {rule.MinimumStaff} 名{(rule.RequiresOddCount ? "且为单数" : string.Empty)}"),
            string.Create(CultureInfo.InvariantCulture, $"{(proctor ? "proctors" : "evaluators")} 1:{rule.CandidatesPerStaff}, at least {rule.MinimumStaff} {(perRoom ? "per room" : "per assessment")}{(rule.RequiresOddCount ? ", an odd number" : string.Empty)}"));
    }

    // ---- Help ----

    public string RootDescription => L(
        "社区工作者（劳动保障专理员）国家职业技能标准（3-01-01-02）命令行工具：查阅标准、判断申报条件、评分、考务人员配置、组卷、校验与导出。",
        "The national occupational skill standard 3-01-01-02 (community worker, labour and social security) from the command line: browse it, check who may apply for which level, score, staff and plan assessments, validate and export.");

    public string LangOption => L("输出语言：zh（中文）或 en（英文）；默认取系统语言（en* 为英文，其他为中文）", "Output language: zh (Chinese) or en (English); by default the system's (English for en*, Chinese otherwise)");

    public string JsonOption => L("以 JSON 输出（供程序读取）", "Write JSON for programs");

    public string StandardOption => L("使用另一版本的标准文件（标准文件 JSON 或 CASE 包），而非内置的 3-01-01-02", "Use another edition of the standard (a standard document or a CASE package) instead of the built-in 3-01-01-02");

    public string ExitCodesTitle => L("退出码：", "Exit codes:");

    public IEnumerable<string> ExitCodes =>
    [
        L("0  成功，答案为肯定（可以申报、合格、找到、有效）", "0  success, and the answer is yes (eligible, passed, found, valid)"),
        L("1  答案为否定（不能申报或无法确定、不合格、有违规、未找到、文件无效）", "1  the answer is no (not eligible or indeterminate, failed, violations, nothing found, invalid document)"),
        L("2  输入或用法有误（文件缺失、JSON/CSV 无效、未知选项、取值错误）", "2  bad input or usage (missing file, invalid JSON or CSV, unknown option, bad value)"),
        L("3  内部错误（请报告）", "3  internal error (please report it)"),
    ];

    public string ShowDescription => L("以树形显示标准，或某一等级的工作要求（--format json|markdown 可改变格式）", "Show the standard, or one level's work requirements, as a tree (or --format json|markdown)");

    public string ShowLevelOption => L("只显示该等级的工作要求：4 或 3（也可写 四级、中级工）", "Show only this level's work requirements: 4 or 3 (or 四级, 中级工)");

    public string CumulativeOption => L("连同所涵盖的较低等级（高级别涵盖低级别的要求）", "Include the junior levels it covers (高级别涵盖低级别)");

    public string ShowFormatOption => L("输出格式：text（树形，默认）、json 或 markdown", "Output format: text (a tree, the default), json or markdown");

    public string FindDescription => L("按代码（印刷代码或更正后的代码；工作内容或职业功能代码列出其下全部要求）或关键词查找要求", "Find requirements by code (as printed or as corrected; a work content or function code lists everything under it) or by words");

    public string FindQueryArgument => L("代码（如 2.4.2、2.4）或关键词（以空格分隔，须全部出现）", "A code (e.g. 2.4.2, 2.4) or words (separated by spaces, all must occur)");

    public string FindLevelOption => L("只在该等级中查找：4 或 3", "Search only this level: 4 or 3");

    public string EligibilityDescription => L("判断考生可以申报哪个等级（1.9.1），给出理由、所缺条件和最早可申报日期", "Decide which level a candidate may apply for (1.9.1), with the reasons, what is missing and the earliest eligible date");

    public string CandidateArgument => L("考生档案 JSON 文件，或 - 从标准输入读取", "The candidate profile, a JSON file, or - for standard input");

    public string AsOfOption => L("评估日期（yyyy-MM-dd），默认今天", "The date of the decision (yyyy-MM-dd); today by default");

    public string EligibilityLevelOption => L("只判断该等级：4 或 3", "Decide only this level: 4 or 3");

    public string RelatedOption => L("视为“相关职业”的职业编码，以逗号分隔（本职业总是计入）", "Occupation codes that count as related occupations (相关职业), comma-separated; the standard's own always counts");

    public string GapOption => L("两段工作之间可视为不中断“连续工作”的最长间隔天数（0 至 366），默认 0；被弥合的间隔天数不计入工作时间", "The longest gap in days (0 to 366) between two periods of work that still counts as continuous; 0 by default; the bridged days do not count as service");

    public string CountBridgedDaysOption => L("把 --gap-tolerance 弥合的间隔天数也计入工作时间", "Count the days of gaps bridged by --gap-tolerance as service too");

    public string CountBridgedWithoutGap => L("--count-bridged-days 须与大于 0 的 --gap-tolerance 一起使用。", "--count-bridged-days needs a --gap-tolerance above 0.");

    public string RulesOption => L("使用另一份申报条件规则：规则文件（JSON），或随包规则的名称：default（征求意见稿原文）、skill-level-certificates（亦认可职业技能等级证书）", "Use other rules for the application conditions: a rule document (JSON), or the name of shipped rules: default (the draft's words), skill-level-certificates (accepts skill level certificates too)");

    public string ScoreDescription => L("判断理论知识考试和技能考核成绩是否合格（1.9.2）", "Decide whether theory and skill scores pass (1.9.2)");

    public string TheoryOption => L("理论知识考试成绩（百分制）", "The theory knowledge examination score (out of 100)");

    public string SkillOption => L("技能考核成绩（百分制）", "The skill assessment score (out of 100)");

    public string StaffingDescription => L("计算监考人员、考评人员人数（1.9.3），按考场安排考生和人员，或检查已有安排", "Work out proctors and evaluators (1.9.3), seat and staff candidates in rooms, or check a plan of your own");

    public string CandidatesOption => L("考生人数", "The number of candidates");

    public string StaffingKindOption => L("只计算一种考核：theory（理论知识考试）或 skill（技能考核）", "Only one kind of assessment: theory or skill");

    public string RoomsOption => L("各考场座位数，以逗号分隔；给出时按考场安排考生和人员", "The seats of each room, comma-separated; plans the session in these rooms");

    public string SessionOption => L("检查已有安排：每个考场写作 考生数:人员数[:座位数]，以逗号分隔（须同时给出 --kind）", "Check a plan: each room as candidates:staff[:seats], comma-separated (with --kind)");

    public string BlueprintDescription => L("按权重表（4.1、4.2）把试卷题量分配到各项目、工作内容和条目", "Share a paper's questions or tasks among the weight rows, work contents and items (4.1, 4.2)");

    public string BlueprintLevelOption => L("等级：4 或 3", "The level: 4 or 3");

    public string BlueprintKindOption => L("theory（理论知识，4.1）或 skill（技能，4.2）", "theory (4.1) or skill (4.2)");

    public string CountOption => L("试卷的题目或任务总数", "The number of questions or tasks of the paper");

    public string ItemsOption => L("列出每一条目分到的题数", "List the questions of each item");

    public string ValidateDescription => L("校验标准文件（或规则文件、考生档案），逐条列出问题及其 JSON 路径", "Check a standard document (or a rule document or candidate profile) and list every problem with its JSON path");

    public string ValidateFileArgument => L("要校验的 JSON 文件，或 - 从标准输入读取", "The JSON file to check, or - for standard input");

    public string ValidateKindOption => L("文件种类：standard（默认）、rules 或 candidate", "What the file is: standard (the default), rules or candidate");

    public string ExportDescription => L("导出标准：json（数据集）、markdown（文档；--output 目录时写出文档站点所用的各页）或 case（1EdTech CASE 1.1 包，含申报条件规则）", "Export the standard: json (the dataset), markdown (a document; with --output DIR, the pages the documentation site is built from) or case (a 1EdTech CASE 1.1 package with the eligibility rules)");

    public string DiffDescription => L("比较两个标准文件（如征求意见稿与正式版），逐条列出新增、删除、改写、移动、改码的条目以及权重、学时、鉴定参数和申报条件的变化", "Compare two standard documents (a draft and a later edition) and list every item added, removed, reworded, moved or recoded, and every change of weights, hours, assessment figures and application conditions");

    public string DiffFromArgument => L("旧版标准文件（JSON），或 - 表示标准输入", "The earlier standard document (JSON), or - for standard input");

    public string DiffToArgument => L("新版标准文件（JSON）", "The later standard document (JSON)");

    public string NoChanges => L("两个版本没有差别。", "The two editions do not differ.");

    public string ChangeCount(int count) => L(string.Create(CultureInfo.InvariantCulture, $"共 {count} 处变化。"), Plural(count, "change") + ".");

    public string ExportFormatOption => L("导出格式", "The format");

    public string OutputOption => L("写入的文件或目录；默认写到标准输出", "The file or folder to write; stdout by default");

    public string BaseUriOption => L("CASE 包的发布地址（绝对 URI），各记录的 uri 都在其下；--format case 时必填", "The absolute URI the CASE package is published at; every record's uri lies under it. Required with --format case");

    public string CreatorOption => L("CASE 框架的发布者（CFDocument 的 creator），如 人力资源社会保障部；--format case 时必填", "Who publishes the framework (the CFDocument's creator). Required with --format case");

    public string DateOption => L("各记录的最后修改日期（lastChangeDateTime），格式 yyyy-MM-dd；--format case 时必填", "The date of every record's lastChangeDateTime, as yyyy-MM-dd. Required with --format case");

    public string InvalidBaseUri(string value) => L($"--base-uri：“{value}”不是绝对 URI，请写如 https://case.example.org/ims/case/v1p1/ 的地址。", $"--base-uri: '{value}' is not an absolute URI; write an address such as https://case.example.org/ims/case/v1p1/.");

    public string InvalidCreator => L("--creator：不能为空，也不能含换行等控制字符。", "--creator: must not be blank or hold control characters such as line breaks.");

    public string InvalidDate(string value) => L($"--date：“{value}”不是 yyyy-MM-dd 格式的日期。", $"--date: '{value}' is not a date of the form yyyy-MM-dd.");

    public string CaseOptionsMissing(IReadOnlyList<string> options)
        => L($"--format case 需要 {string.Join("、", options)}：CASE 包须写明发布地址、发布者和日期，而标准未载明这些。", $"--format case needs {string.Join(", ", options)}: a CASE package states where it is published, by whom and when, and the standard does not say.");

    public string CaseOnlyOptions(IReadOnlyList<string> options)
        => L($"{string.Join("、", options)} 仅用于 --format case。", $"{string.Join(", ", options)} only apply to --format case.");

    // ---- Messages ----

    public string UnknownLanguage(string? value) => L($"--lang：未知语言“{value}”，请写 zh 或 en。", $"--lang: unknown language '{value}'; write zh or en.");

    public string UnknownToken(string token) => L($"无法识别的命令、选项或参数“{token}”。", $"Unrecognized command, option or argument '{token}'.");

    public string UsageError => L("命令行有误。", "The command line is not valid.");

    public string OptionNeedsValue(string option) => L($"{option} 后面缺少值。", $"{option} needs a value.");

    public string OptionTakesOneValue(string option, int given)
        => L($"{option} 只取一个值，这里给了 {given} 个；该选项只能写一次。", $"{option} takes one value, and {given} were given; write the option once.");

    public string OptionRequired(string option) => L($"缺少必需的选项 {option}。", $"{option} is required.");

    public string ArgumentMissing(string argument) => L($"缺少参数 <{argument}>。", $"<{argument}> is missing.");

    public string CommandMissing => L("请给出一个命令。", "A command is needed.");

    public string WithHelpHint(string message, string command) => L($"{message}请运行“{command} --help”查看用法。", $"{message} Try '{command} --help'.");

    public string InternalError(string message) => L($"内部错误：{message}（请报告此问题）", $"internal error: {message} (please report it)");

    /// <summary>Joins the items of a list as the output language writes it: 、 in Chinese, a comma and a space in English.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The list on one line.</returns>
    public string List(IEnumerable<string> items) => string.Join(english ? ", " : "、", items);

    public string FileNotFound(string path) => L($"{path}：文件不存在。", $"{path}: no such file.");

    public string IsAFolder(string path) => L($"{path}：这是目录，不是文件。", $"{path}: is a folder, not a file.");

    public string FileUnreadable(string path, string reason) => L($"{path}：无法读取：{reason}", $"{path}: cannot be read: {reason}");

    public string CannotWrite(string path, string reason) => L($"{path}：无法写入：{reason}", $"{path}: cannot be written: {reason}");

    public string Wrote(string path) => L($"已写入 {path}", $"wrote {path}");

    public string BadLevel(string option, string text, string defined) => L($"{option}：“{text}”不是本标准设置的等级；可用等级：{Listed(defined)}。", $"{option}: '{text}' is not a level of this standard; it defines {defined}.");

    public string BadDate(string option, string text) => L($"{option}：“{text}”不是 yyyy-MM-dd 格式的日期。", $"{option}: '{text}' is not a date written yyyy-MM-dd.");

    public string BadWholeNumber(string option, string text, int minimum) => L($"{option}：“{text}”不是不小于 {minimum} 的整数。", $"{option}: '{text}' is not a whole number of at least {minimum}.");

    public string BadNumber(string option, string text) => L($"{option}：“{text}”不是数字。", $"{option}: '{text}' is not a number.");

    public string BadChoice(string option, string text, string choices) => L($"{option}：“{text}”无效；可选：{Listed(choices)}。", $"{option}: '{text}' is not one of {choices}.");

    public string KindTitle(RequirementKind kind) => Pick(kind == RequirementKind.Skill ? SkillsColumn : KnowledgeColumn);

    public string PrintedAs(string printed) => L($"（印作 {printed}）", $"(printed {printed})");

    public string CorrectedTo(string corrected) => L($"更正为：{corrected}", $"Corrected to: {corrected}");

    public string CorrectionNote => L("更正说明：", "Correction: ");

    public string Status(EditionStatus status) => Pick(StatusName(status));

    public string EditionLine(string code, string status, string version) => L($"职业编码 {code} · {status} · 版本 {version}", $"Occupation code {code} · {status} · version {version}");

    public string ItemLabel(int number) => english ? string.Create(CultureInfo.InvariantCulture, $"({number}) ") : string.Create(CultureInfo.InvariantCulture, $"（{number}）");

    public string CumulativeNeedsLevel => L("--cumulative 需要同时给出 --level。", "--cumulative needs --level.");

    public string EmptyQuery => L("请给出要查找的代码或关键词。", "Give a code or words to find.");

    public string NothingFound(string query) => L($"没有与“{query}”相符的要求。", $"No requirement matches '{query}'.");

    public string FoundCount(int count) => L($"共 {count} 条。", count == 1 ? "1 requirement." : string.Create(CultureInfo.InvariantCulture, $"{count} requirements."));

    public string CandidateAndBatch => L("请只给出一个考生文件或 --batch，不要同时给出。", "Give either a candidate file or --batch, not both.");

    public string CandidateMissing => L("请给出考生档案文件（或 - 从标准输入读取），或使用 --batch。", "Give a candidate file (or - for standard input), or --batch.");

    public string EarliestEligible(DateOnly? date)
        => date is { } on
            ? L($"最早可申报日期：{Iso(on)}", $"Earliest eligible on: {Iso(on)}")
            : L("最早可申报日期：无（仅凭时间推移无法满足任何一项条件）", "Earliest eligible on: none (no alternative can hold by time alone)");

    public string HighestLevel(string? level)
        => level is null ? L("可申报的最高等级：无", "Highest level the candidate may apply for: none") : L($"可申报的最高等级：{level}", $"Highest level the candidate may apply for: {level}");

    public string RulesDoNotFit(string rules, string message) => L($"{rules}：规则与标准不符：{message}", $"{rules}: the rules do not fit the standard: {message}");

    public string ScoreOutOfRange(string option, string value, int fullMarks) => L($"{option}：“{value}”不在 0 至 {fullMarks} 分之间（1.9.2）。", $"{option}: '{value}' is not between 0 and {fullMarks} points (1.9.2).");

    public string ScoreNeedsAPart => L("请给出 --theory 或 --skill 成绩（或两者）。", "Give a --theory or a --skill score, or both.");

    public string Overall(bool passed, string clause) => passed ? L($"总评：合格（{clause}）", $"Overall: pass ({clause})") : L($"总评：不合格（{clause}）", $"Overall: fail ({clause})");

    public string CandidatesMissing => L("请用 --candidates 给出考生人数。", "Give the number of candidates with --candidates.");

    public string SessionUsage => L("--session 需要 --kind，且不能与 --candidates、--rooms 同用。", "--session needs --kind and goes without --candidates and --rooms.");

    public string BadRoom(string text) => L($"--session：“{text}”应写作 考生数:人员数[:座位数]。", $"--session: '{text}' should be candidates:staff[:seats].");

    public string KindName(AssessmentKind kind) => kind == AssessmentKind.Theory ? L("理论知识考试", "Theory knowledge examination") : L("技能考核", "Skill assessment");

    public string SessionHeading(string kind, int candidates, int staff) => L($"{kind}：{candidates} 名考生，{staff} 名人员", $"{kind}: {Plural(candidates, "candidate")}, {staff} staff");

    public string RoomLine(int room, int candidates, int? capacity, int staff)
    {
        var seats = capacity is { } c ? L($"（{c} 座）", $" ({Plural(c, "seat")})") : string.Empty;
        return L($"第 {room} 考场{seats}：{candidates} 名考生，{staff} 名人员", $"Room {room}{seats}: {Plural(candidates, "candidate")}, {staff} staff");
    }

    public string PlanVerdict(bool passed, int violations, string staffing, string venue)
        => passed ? L($"符合 {staffing}、{venue} 的要求。", $"Meets {staffing} and {venue}.") : L($"有 {violations} 处违规。", violations == 1 ? "1 violation." : $"{violations} violations.");

    public string Labelled(string label, string text) => L($"{label}：{text}", $"{label}: {text}");

    public string HelpOption => L("显示帮助和用法", "Show help and usage information");

    public string VersionOption => L("显示版本", "Show version information");

    public string QuestionCount(AssessmentKind kind, int count)
        => kind == AssessmentKind.Theory ? L($"共 {count} 题", Plural(count, "question")) : L($"共 {count} 项任务", Plural(count, "task"));

    public string ExactShare(decimal share, decimal deviation)
        => L(string.Create(CultureInfo.InvariantCulture, $"精确份额 {share:0.##}，偏差 {deviation:+0.##;-0.##;0}"), string.Create(CultureInfo.InvariantCulture, $"exact share {share:0.##}, deviation {deviation:+0.##;-0.##;0}"));

    public string MaxDeviation(decimal deviation) => L(string.Create(CultureInfo.InvariantCulture, $"最大偏差 {deviation:0.##}"), string.Create(CultureInfo.InvariantCulture, $"largest deviation {deviation:0.##}"));

    public string ItemsHeading => L("各条目题数：", "Questions per item:");

    public string Valid(string file, string kind) => L($"{file}：有效（{KindOfDocument(kind)}）。", $"{file}: valid ({KindOfDocument(kind)}).");

    /// <summary>The message of an error document for an input document that is not valid.</summary>
    /// <param name="first">The first problem, as its line on stderr reads.</param>
    /// <param name="errors">How many problems there are.</param>
    /// <returns>One line.</returns>
    public string InvalidDocument(string first, int errors) => L($"文档无效，共 {errors} 处问题；第一处：{first}", $"the document is not valid ({Plural(errors, "problem")}); the first: {first}");

    public string Invalid(string file, string kind, int errors) => L($"{file}：无效（{KindOfDocument(kind)}），共 {errors} 处问题。", $"{file}: not a valid {KindOfDocument(kind)}: {Plural(errors, "problem")}.");

    public string AtLine(long line) => L(string.Create(CultureInfo.InvariantCulture, $"第 {line} 行"), string.Create(CultureInfo.InvariantCulture, $"line {line}"));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Plural(int count, string noun)
        => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    private string KindOfDocument(string kind) => kind switch
    {
        "rules" => L("规则文件", "rule document"),
        "candidate" => L("考生档案", "candidate profile"),
        _ => L("标准文件", "standard document"),
    };

    private string Pick(LocalizedText text) => english ? text.English : text.Chinese;

    // Lists come from callers joined with ", "; Chinese joins them with 、.
    private string Listed(string list) => english ? list : list.Replace(", ", "、", StringComparison.Ordinal);

    private string L(string chinese, string englishText) => english ? englishText : chinese;
}
