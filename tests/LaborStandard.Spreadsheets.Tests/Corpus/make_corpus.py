#!/usr/bin/env python3
"""Writes the hostile batch files of this folder, byte for byte. Run from this folder: python3 make_corpus.py

Each file is read by a test of CorpusTest.cs that states the exact outcome of every record. The names in the
files are obviously fictitious (测试甲, 测试乙 …)."""

HEADER = "编号,姓名,学历,学历取得日期,同等学力,工作职业编码,工作开始日期,工作结束日期,证书职业编码,证书等级,证书类别,发证日期"
ROWS = [
    "A-1,测试甲,本科,2016-07-01,否,3-01-01-02,2023/9/1,,,,,",
    "A-2,测试乙,大专,,,3-01-01-02,2019年3月1日,2024.6.30,3-01-01-02,四级,职业资格证书,20210630",
    "A-3,测试丙,高中,,,3-01-01-02,2015-03-01 0:00,,,,,",
]


def write(name, text, encoding="utf-8", newline="\n", bom=b""):
    data = bom + text.replace("\n", newline).encode(encoding)
    with open(name, "wb") as f:
        f.write(data)


basic = HEADER + "\n" + "\n".join(ROWS) + "\n"
write("utf8-bom-crlf.csv", basic, newline="\r\n", bom=b"\xef\xbb\xbf")
write("utf8-lf.csv", basic)
write("cr-only.csv", basic, newline="\r")
write("gb18030.csv", basic, encoding="gb18030", newline="\r\n")
write("utf16le-bom.csv", basic, encoding="utf-16-le", newline="\r\n", bom=b"\xff\xfe")
write("utf16be-bom.csv", basic, encoding="utf-16-be", bom=b"\xfe\xff")
write("utf16le-nobom.csv", basic, encoding="utf-16-le")
write("tab.tsv", basic.replace(",", "\t"))

# An invalid UTF-8 byte (0xFF) in the name of line 3: that record is an error, the others are read.
with open("invalid-utf8.csv", "wb") as f:
    f.write((HEADER + "\n" + ROWS[0] + "\n").encode())
    f.write(ROWS[1].replace("测试乙", "测试").encode().replace(b"\xe6\xb5\x8b", b"\xe6\xb5\x8b\xff", 1) + b"\n")
    f.write((ROWS[2] + "\n").encode())

# Quoting: a comma and a doubled quote inside quotes, a remark over two lines (line 4-5), a quote inside an
# unquoted field (line 6), text after a closing quote (line 7), then a good row (line 8).
quotes = "编号,姓名,学历,备注\n" \
    '"Q-1","测试,甲",本科,"说""明"""\n' \
    "Q-2,测试乙,大专,\n" \
    'Q-3,测试丙,高中,"第一行\n第二行"\n' \
    'Q-4,测"试丁,本科,\n' \
    'Q-5,"测试戊"x,本科,\n' \
    "Q-6,测试己,本科,\n"
write("quotes.csv", quotes)

# 1,000 candidates; the one on line 501 opens a quote it never closes.
lines = ["编号,学历,工作职业编码,工作开始日期"]
for i in range(1, 1001):
    if i == 500:
        lines.append(f'U-{i},"本科,3-01-01-02,2020-01-01')
    else:
        lines.append(f"U-{i},本科,3-01-01-02,2020-01-01")
write("unclosed-quote-1000.csv", "\n".join(lines) + "\n")

# The same, but a later row quotes a field, so that the open quote closes there (line 701) and text follows it.
lines[700] = 'U-700,"本科",3-01-01-02,2020-01-01'
write("unclosed-quote-closed-later.csv", "\n".join(lines) + "\n")

# Short and long rows, and a row of only separators (not a record).
write("field-counts.csv", "编号,学历,工作职业编码,工作开始日期\n"
      "F-1,本科,3-01-01-02,2020-01-01\n"
      "F-2,本科,3-01-01-02\n"
      "F-3,本科,3-01-01-02,2020-01-01,多余\n"
      ",,,\n"
      "F-4,本科,3-01-01-02,2020-01-01\n")

# Blank lines everywhere: before the header, between rows, white space only, at the end.
write("blank-lines.csv", "\n\n编号,学历\n\nB-1,本科\n   \n\t\n,\n\u3000,\nB-2,大专\n\n\n")

# A record of 5,000 characters on line 3, read with a limit of 2,048.
write("huge-record.csv", "编号,学历,备注\nH-1,本科,\nH-2,本科," + "长" * 5000 + "\nH-3,大专,\n")

# A candidate over two rows (two periods of work), a repeat of an earlier id (line 6), and a continuation row whose
# education differs (line 8).
write("repeated-ids.csv", "编号,学历,工作职业编码,工作开始日期,工作结束日期\n"
      "R-1,本科,3-01-01-02,2018-03-01,2020-02-29\n"
      "R-1,,3-01-01-02,2020-03-01,\n"
      "R-2,大专,3-01-01-02,2019-01-01,\n"
      "R-3,高中,3-01-01-02,2019-01-01,\n"
      "R-1,本科,3-01-01-02,2021-01-01,\n"
      "R-4,本科,3-01-01-02,2019-01-01,\n"
      "R-4,大专,3-01-01-02,2020-01-01,\n")

# Title rows above the header, unknown columns (姓名, 身份证号, 联系电话) and English values.
write("title-rows.csv", "2024年度申报人员名单,,,,,\n"
      "填报单位：某某职业培训学校（虚构）,,,,,\n"
      "\n"
      "序号,姓名,身份证号,联系电话,文化程度,参加工作时间,Work Occupation Code\n"
      "T-1,测试甲,110101199001011234,13800000000,bachelor,2020/9/1,3-01-01-02\n"
      "T-2,测试乙,110101199202021234,13800000001,Junior College,2021-03-01 00:00:00,３－０１－０１－０２\n")

# Dates in every accepted form, then wrong ones.
write("dates.csv", "编号,学历,工作职业编码,工作开始日期\n"
      "D-1,本科,3-01-01-02,2020-01-02\n"
      "D-2,本科,3-01-01-02,2020/1/2\n"
      "D-3,本科,3-01-01-02,2020.1.2\n"
      "D-4,本科,3-01-01-02,2020年1月2日\n"
      "D-5,本科,3-01-01-02,20200102\n"
      "D-6,本科,3-01-01-02,2020/1/2 0:00\n"
      "D-7,本科,3-01-01-02,２０２０－０１－０２\n"
      "D-8,本科,3-01-01-02,2020-02-30\n"
      "D-9,本科,3-01-01-02,1/2/2020\n"
      "D-10,本科,3-01-01-02,2020/1/2 9:30\n"
      "D-11,本科,3-01-01-02,43831\n"
      "D-12,本科,3-01-01-02,1899-12-31\n")
