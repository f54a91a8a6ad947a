"""A text saved from a PDF without layout (an OA export, pdftotext with no -layout) is cut at a fixed width, keeps
its page feet ("— 1 —" between blank lines, no form feed) and runs an in-sentence enumeration （1）…（2）… with a
clause closing each item (tests/redteam12 wugang). A label run goes on over a wrap (牵头单位：党建⏎工作办公室) and
over a page's foot (相关社区居⏎⏎— 1 —⏎⏎委会), a plain-sentence clause before the next （N） closes its item
(财政所负责。（2）…), 应急 of a unit's name is no 应 of running text, and 纪工委监督 gives no role."""

from __future__ import annotations

from pathlib import Path

from conftest import id_roles

import notice_parser

DOC = Path(__file__).parent / "redteam12" / "wugang-qingfeng-jiedao-2025-xuncha-zhenggai-fangan.txt"


def test_clauses_of_a_hard_wrapped_text():
    got = {m[0]: m[1:] for m in id_roles(notice_parser.parse(DOC.read_bytes(), format="txt"))}
    assert got["2.1.1-1"] == (["党建工作办公室"], ["综合治理中心", "各社区党委"], [])
    assert got["2.1.1-2"] == ([], ["综合治理中心"], ["各社区居委会"])
    assert got["2.1.2"] == (["城市建设管理办公室"], [], ["区住房城乡建设局", "相关社区居委会"])
    assert got["2.1.3"] == (["街道应急管理办公室"], [], ["综合行政执法队", "各社区居委会"])
    assert got["2.2.5"] == ([], ["党政办公室"], [])
    assert got["2.2.6-1"] == ([], ["财政所"], [])
    assert got["2.2.6-2"] == (["财政所"], [], ["审计中心"])
