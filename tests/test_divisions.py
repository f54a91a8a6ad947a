"""The division table's short names: the level word off, and for an autonomous division the
nation names before it (several, 湘西土家族苗族自治州 -> 湘西), as long as two characters are left."""

from __future__ import annotations

import pytest

from notice_parser import divisions as D


@pytest.mark.parametrize(
    ("full", "shorts"),
    [
        ("三都水族自治县", ["三都", "三都县"]),
        ("张家川回族自治县", ["张家川", "张家川县"]),
        ("湘西土家族苗族自治州", ["湘西"]),
        ("莫力达瓦达斡尔族自治旗", ["莫力达瓦", "莫力达瓦旗"]),
        ("鄂伦春自治旗", ["鄂伦春", "鄂伦春旗"]),
        ("新疆维吾尔自治区", ["新疆"]),
        ("广西壮族自治区", ["广西"]),
        ("内蒙古自治区", ["内蒙古"]),
        ("天水市", ["天水"]),
        ("秦州区", ["秦州"]),
        ("香港特别行政区", ["香港"]),
    ],
)
def test_short_names(full, shorts):
    assert [d.shorts for d in D.lookup_full(full)] == [shorts]


def test_the_table_reads_every_division_once():
    table = D.table()
    assert len(table.by_code) == 3424
    assert [d.name for d in table.by_short["张家川县"]] == ["张家川回族自治县"]
    assert table.by_code["620522"].parent is table.by_code["620500"]
