#!/usr/bin/env python3
"""Writes the workbook fixtures' sources: a flat OpenDocument spreadsheet (example.fods, which LibreOffice turns into
libreoffice.xlsx) and openpyxl.xlsx. Both hold the same small county map: Chinese sheet names, headers and values,
date cells, blank rows and a formula. Run through make_fixtures.sh; CI does not need Python or LibreOffice."""
import datetime
import sys
from xml.sax.saxutils import escape

D = datetime.date
F = "formula"  # marks a formula cell: (F, formula text, cached value)

SHEETS = [
    ("概况", [["项目", "内容"], ["编号", "demo"], ["名称", "示例县产业链核心技术创新图谱"], ["地区", "示例省示例县"],
             ["截至", D(2024, 12, 31)]]),
    ("来源", [["编号", "标题", "发布单位", "日期"], ["report", "示例县科技局工作总结", "示例县科技局", "2024-12"]]),
    ("产业链", [["编号", "名称", "英文名", "来源", "调查状态"], ["tea", "茶叶", "Tea", "report §二", "部分"]]),
    ("环节", [["编号", "产业链", "名称", "上中下游", "核心技术", "下一环节"],
             ["tea-garden", "tea", "茶园种植", "上游", "tea-breeding", "tea-processing"],
             ["tea-processing", "tea", "初制加工", "中游", "tea-processing-tech", "tea-extract"],
             ["tea-extract", "tea", "深加工提取", "下游", "theaflavin", None]]),
    ("核心技术", [["编号", "名称", "领域", "关键词", "卡脖子", "来源"],
               ["tea-breeding", "茶树良种选育", "茶学", "良种；品种", "否", "report §二"],
               ["tea-processing-tech", "茶叶初制工艺", "茶学", "初制、揉捻", "否", "report §二"],
               ["theaflavin", "茶黄素酶法制备", "食品工程", "茶黄素", "是", "assumed"]]),
    ("指标", [["编号", "名称", "单位", "指标类型", "历年值", "目标值", "来源"],
             ["rd-spending", "全社会研发经费投入", "亿元", "流量", "2022: 2.72; 2023: 4.54", "2025: 5.1", "report §二(一)"]]),
    ("企业与机构", [["编号", "类型", "名称", "英文名", "所在地", "环节", "核心技术", "标签", "来源", "截至"],
                ["teaco", "企业", "示例茶业", "Example Tea", "县内", "tea-garden;tea-processing", "tea-processing-tech",
                 "高新技术企业;规上企业", "report §三", D(2024, 6, 30)],
                [],
                ["agri-uni", "高校", "湖南农业大学", None, "省内", None, "tea-breeding;theaflavin", None, "report §三", "2024/9/1"],
                [], []]),
    ("平台", [["编号", "名称", "类型", "级别", "依托单位", "环节", "状态", "数量", "来源"],
             ["tea-center", "茶叶工程技术研究中心", "工程技术研究中心", "市级", "teaco", "tea-processing", "运行", 1, "report §二"]]),
    ("专家", [["编号", "姓名", "角色", "级别", "所在单位", "核心技术", "领域", "服务能力", "服务对象", "人数", "来源"],
             ["comm-county", "县级科技特派员", "科技特派员", "县级", None, None, "茶学", 2, None, 10, "report §四"],
             ["liu", "刘专家", "企业特聘专家", "省级", "agri-uni", "theaflavin", "茶学", 3, "teaco", 1, "report §四"]]),
    ("需求", [["编号", "企业", "需求名称", "核心技术", "环节", "状态", "发布日期", "来源"],
             ["d-extract", "teaco", "茶黄素提取工艺开发，提高得率", None, "tea-extract", "待解决", D(2024, 3, 1), "report §三"]]),
    ("关系", [["起点", "终点", "类型", "起始", "备注", "来源"],
             ["teaco", "agri-uni", "产学研合作", 2023, (F, '="产学研"&"合作协议"', "产学研合作协议"), "report §三"]]),
]


def fods(path):
    """A flat ODS: LibreOffice converts it to .xlsx with its own writer."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
           'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
           'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">',
           '<office:automatic-styles><number:date-style style:name="N1"><number:year number:style="long"/><number:text>/</number:text>'
           '<number:month/><number:text>/</number:text><number:day/></number:date-style>'
           '<style:style style:name="date" style:family="table-cell" style:data-style-name="N1"/></office:automatic-styles>',
           '<office:body><office:spreadsheet>']
    for name, rows in SHEETS:
        out.append(f'<table:table table:name="{escape(name)}">')
        for row in rows:
            out.append("<table:table-row>")
            for cell in row:
                if cell is None:
                    out.append("<table:table-cell/>")
                elif isinstance(cell, tuple):
                    formula = escape(cell[1], {'"': "&quot;"})
                    out.append(f'<table:table-cell table:formula="of:{formula}" office:value-type="string" '
                               f'office:string-value="{escape(cell[2])}"><text:p>{escape(cell[2])}</text:p></table:table-cell>')
                elif isinstance(cell, D):
                    out.append(f'<table:table-cell table:style-name="date" office:value-type="date" '
                               f'office:date-value="{cell.isoformat()}"><text:p>{cell.isoformat()}</text:p></table:table-cell>')
                elif isinstance(cell, (int, float)):
                    out.append(f'<table:table-cell office:value-type="float" office:value="{cell}"><text:p>{cell}</text:p></table:table-cell>')
                else:
                    out.append(f'<table:table-cell office:value-type="string"><text:p>{escape(cell)}</text:p></table:table-cell>')
            out.append("</table:table-row>")
        out.append("</table:table>")
    out.append("</office:spreadsheet></office:body></office:document>")
    with open(path, "w", encoding="utf-8") as file:
        file.write("\n".join(out))


def with_openpyxl(path):
    """The same map written by openpyxl: formulas keep no computed value (openpyxl does not compute)."""
    import openpyxl
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in SHEETS:
        sheet = book.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, cell in enumerate(row, start=1):
                if cell is None:
                    continue
                if isinstance(cell, tuple):
                    sheet.cell(row=r, column=c, value=cell[1])
                elif isinstance(cell, D):
                    sheet.cell(row=r, column=c, value=cell).number_format = "yyyy/m/d"
                else:
                    sheet.cell(row=r, column=c, value=cell)
    book.properties.created = datetime.datetime(2025, 1, 1)
    book.properties.modified = datetime.datetime(2025, 1, 1)
    book.save(path)


if __name__ == "__main__":
    fods(sys.argv[1])
    with_openpyxl(sys.argv[2])
