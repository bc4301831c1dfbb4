"""The chart and drawing parts of a sheet's bar chart (DrawingML, as Excel writes it)."""

from __future__ import annotations

from gkcat.compile.xlsx.sheet import BarChart, letter
from gkcat.compile.xlsx.xml import attr, clean_text

_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
EMU_PER_CM = 360_000


def _rich(value: str) -> str:
    return (
        f"<c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr/></a:pPr><a:r><a:t>{clean_text(value)}</a:t>"
        "</a:r></a:p></c:rich></c:tx>"
    )


def _ref(sheet: str, col: int, first: int, last: int | None = None, last_col: int = 0) -> str:
    quoted = "'" + sheet.replace("'", "''") + "'"
    if last is None:
        return f"{quoted}!{letter(col)}{first}"
    end = letter(last_col or col)
    return f"{quoted}!${letter(col)}${first}:${end}${last}"


def chart_xml(chart: BarChart, sheet: str) -> str:
    """Clustered horizontal bars, first category on top, legend below, no gridlines."""
    cats = _ref(
        sheet, chart.category_cols[0], chart.first_row, chart.last_row, chart.category_cols[1]
    )
    series = []
    for index, col in enumerate(chart.series_cols):
        series.append(
            f'<c:ser><c:idx val="{index}"/><c:order val="{index}"/>'
            f"<c:tx><c:strRef><c:f>{clean_text(_ref(sheet, col, chart.header_row))}</c:f>"
            "</c:strRef></c:tx>"
            '<c:spPr><a:ln><a:prstDash val="solid"/></a:ln></c:spPr>'
            f"<c:cat><c:numRef><c:f>{clean_text(cats)}</c:f></c:numRef></c:cat>"
            f"<c:val><c:numRef><c:f>{clean_text(_ref(sheet, col, chart.first_row, chart.last_row))}"
            "</c:f></c:numRef></c:val></c:ser>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<c:chartSpace xmlns:c="{_C}" xmlns:a="{_A}" xmlns:r="{_R}">'
        f'<c:chart><c:title>{_rich(chart.title)}<c:overlay val="0"/></c:title>'
        '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>'
        '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>'
        + "".join(series)
        + '<c:gapWidth val="150"/><c:axId val="10"/><c:axId val="100"/></c:barChart>'
        '<c:catAx><c:axId val="10"/><c:scaling><c:orientation val="maxMin"/></c:scaling>'
        '<c:delete val="0"/><c:axPos val="l"/><c:majorTickMark val="none"/>'
        '<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="100"/>'
        '<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>'
        '<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
        '<c:valAx><c:axId val="100"/><c:scaling><c:orientation val="minMax"/></c:scaling>'
        f'<c:delete val="0"/><c:axPos val="l"/><c:title>{_rich(chart.axis_title)}'
        '<c:overlay val="0"/></c:title><c:numFmt formatCode="General" sourceLinked="1"/>'
        '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>'
        '<c:crossAx val="10"/><c:crosses val="autoZero"/><c:crossBetween val="between"/>'
        "</c:valAx></c:plotArea>"
        '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>'
        '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
    )


def drawing_xml(chart: BarChart) -> str:
    """The drawing that places chart rId1 at the chart's anchor cell."""
    col, row = chart.anchor
    cx = round(chart.width_cm * EMU_PER_CM)
    cy = round(chart.height_cm * EMU_PER_CM)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"'
        f' xmlns:a="{_A}">'
        f"<xdr:oneCellAnchor><xdr:from><xdr:col>{col - 1}</xdr:col><xdr:colOff>0</xdr:colOff>"
        f"<xdr:row>{row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>"
        f'<xdr:ext cx="{cx}" cy="{cy}"/>'
        '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>'
        f'<xdr:cNvPr id="2" name="{attr(chart.title)}"/><xdr:cNvGraphicFramePr/>'
        '</xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>'
        f'<a:graphic><a:graphicData uri="{_C}">'
        f'<c:chart xmlns:c="{_C}" xmlns:r="{_R}" r:id="rId1"/>'
        "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>"
        "</xdr:wsDr>"
    )
