#!/usr/bin/env python3
"""Copies an export's CSV files into Excel workbooks of the same names, written by hand (no library), for the tool's
report of the workbooks to be compared with its report of the files.

usage: toxlsx.py SOURCE DIR [SEED]

Each file becomes `NAME.xlsx` with one sheet: an empty row before the header now and then (the first row with text
is the header), then each row with its cells typed at random where the value allows: levels and whole numbers as number
cells, `true` and `false` as boolean cells, instants of whole seconds as date cells showing China Standard Time
(others stay text, since a date cell holds no more than a double's share of a second), every other value as inline
text, empty values as absent cells.
"""
import csv
import datetime as dt
import os
import random
import sys
import zipfile
from xml.sax.saxutils import escape

CST = dt.timezone(dt.timedelta(hours=8))
EPOCH = dt.datetime(1899, 12, 30)

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>
</workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""
# Style 1 shows a date and time (built-in format 22, m/d/yy h:mm).
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
</styleSheet>"""


def column_name(index):
    name = ''
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def cell(r, reference, value):
    """A cell of the value, typed at random where its text allows."""
    text = value.strip()
    if text == '':
        return ''
    if r.random() < 0.7:
        if text.isdigit() and len(text) < 10 and not text.startswith('0'):
            return f'<c r="{reference}"><v>{text}</v></c>'
        if text in ('true', 'false'):
            return f'<c r="{reference}" t="b"><v>{int(text == "true")}</v></c>'
        try:
            moment = dt.datetime.fromisoformat(text[:-1] + '+00:00' if text.endswith('Z') else text)
        except ValueError:
            moment = None
        if moment is not None and moment.tzinfo is not None and moment.microsecond == 0:
            local = moment.astimezone(CST).replace(tzinfo=None)
            serial = (local - EPOCH) / dt.timedelta(days=1)
            return f'<c r="{reference}" s="1"><v>{serial!r}</v></c>'
    return f'<c r="{reference}" t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c>'


def header_cell(reference, name):
    """A header's cell: its name as text, or none for an unnamed column."""
    return f'<c r="{reference}" t="inlineStr"><is><t>{escape(name)}</t></is></c>' if name.strip() else ''


def convert(path, out, r):
    with open(path, encoding='utf-8-sig', newline='') as f:
        rows = list(csv.reader(f))
    sheet = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    number = 1
    if r.random() < 0.3:
        sheet.append('<row r="1"></row>')  # an empty row before the header
        number = 2
    for at, row in enumerate(rows):
        # The header's names are always text; an unnamed column has no cell.
        cells = ''.join(header_cell(f'{column_name(c)}{number}', v) if at == 0 else cell(r, f'{column_name(c)}{number}', v)
                        for c, v in enumerate(row))
        sheet.append(f'<row r="{number}">{cells}</row>')
        number += 1
    sheet.append('</sheetData></worksheet>')
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CONTENT_TYPES)
        z.writestr('_rels/.rels', RELS)
        z.writestr('xl/workbook.xml', WORKBOOK)
        z.writestr('xl/_rels/workbook.xml.rels', WORKBOOK_RELS)
        z.writestr('xl/styles.xml', STYLES)
        z.writestr('xl/worksheets/sheet1.xml', '\n'.join(sheet))


def main(source, directory, seed):
    r = random.Random(seed)
    os.makedirs(directory, exist_ok=True)
    for name in sorted(os.listdir(source)):
        if name.endswith('.csv'):
            convert(os.path.join(source, name), os.path.join(directory, name[:-4] + '.xlsx'), r)
    print(f'{directory}: {len([n for n in os.listdir(directory) if n.endswith(".xlsx")])} workbooks')


if __name__ == '__main__':
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 1)
