"""Target notations of real notices that the corpus fixtures (tests/cases/targets.txt) do not hold:
phrases of the red-team notices (tests/redteam*/), each checked to be its notice's own text."""

from __future__ import annotations

import re

import pytest
from conftest import folder_text
from test_targets import targets_of

#: (folder, phrase, notice year, the targets as (value, unit, comparator))
CASES = [
    # units: buildings, visits to firms, batches (deqing, luoyang-shebei, zunyi-huichuan)
    ("redteam3", "每年盘活闲置农房不少于300幢", 2025, [(300, "幢", ">=")]),
    ("redteam3", "开展节能诊断每年不少于100家次", 2024, [(100, "家次", ">=")]),
    ("redteam2", "农产品批发市场快检日均不少于100批次", 2024, [(100, "批次", ">=")]),
    # 缩小至 bounds a ratio (deqing-2025-weilai-xiangcun)
    ("redteam3", "城乡居民收入比缩小至1.55以内", 2025, [(1.55, None, "<=")]),
    # a count of one after 每 + a period is how often a recurrence recurs (deqing) …
    ("redteam3", "每季度召开1次推进会", 2025, []),
    ("redteam5", "对在建工地每月全覆盖检查1次", 2024, []),
    # … unless a bound makes it a floor (ankang-2024-shengtai-ducha-zhenggai)
    ("redteam5", "每年开展应急演练不少于1次", 2024, [(1, "次", ">=")]),
    # … a larger count per period is a goal (qidong-baidishi, wuhou)
    ("redteam", "每月开展公益文体活动不少于2场", 2024, [(2, "场", ">=")]),
    # a past year's figures are status, even beside a word of goals (luoyang-2024-lantian-baoweizhan)
    ("redteam", "2023年，全市PM2.5平均浓度为48微克/立方米，优良天数比例为64.1%，距离省定目标仍有较大差距。", 2024, []),
    # 各 shares one value over the subjects, as 均 does (qinzhou-2025-laji-fenlei-pdf 2.2.4)
    ("redteam4", "建设区级大件垃圾和装修垃圾临时堆放点各1处", 2025, [(1, "处", ">="), (1, "处", ">=")]),
    # a place in a ranking: the top N is a goal (<= N), the bottom N whom a rule is for (chengyuan, nanan, zunyi)
    ("redteam8", "城市信用监测排名保持在全国县级前100位", 2025, [(100, "位", "<=")]),
    ("redteam4", "力争平安建设考评位居全市前10名", 2025, [(10, "名", "<=")]),
    ("redteam3", "年度营商环境评价排名全省后3位的指标", 2025, []),
    # a return period, quoted after its verb (hengzhou-2025-neilao-zhili-gongjian 1)
    ("redteam8", "城市内涝防治标准达到“30年一遇”", 2025, [(30, "年一遇", ">=")]),
    # days under a goal verb (a date's 日 is no unit: 3月20日前) (shaoguan-2025-yingshang-huanjing-yaodian)
    ("redteam6", "简易注销公告期压缩至20日", 2025, [(20, "日", "<=")]),
    ("redteam6", "侵权纠纷案件平均办理时间压缩至60日以内", 2025, [(60, "日", "<=")]),
    # a population after 每 + a scale is a per-capita rate's base, not a status (qingyang-2025-jiceng-yiliao 1; a
    # population alone still is: tests/test_time_and_status_notices.py, 全县常住人口41.2万人)
    ("redteam10", "每千常住人口执业（助理）医师数达到3.2人", 2025, [(3.2, "人", ">=")]),
]


@pytest.mark.parametrize(("folder", "phrase", "year", "expected"), CASES, ids=[c[1][:10] for c in CASES])
def test_family(folder, phrase, year, expected):
    assert re.sub(r"\s", "", phrase) in folder_text(folder)
    found = targets_of(phrase, year, "1")
    assert [(t.value, t.unit, t.comparator) for t in found] == expected
