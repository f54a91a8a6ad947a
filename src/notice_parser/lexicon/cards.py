"""Words of task cards (任务卡): a plan whose every task is its own small key–value table
(任务名称 | 1. 建设…; 牵头单位 | …; 完成时限 | …; 工作目标 | …), read by :mod:`notice_parser.extract.cards`.

The keys that name a task table's columns (任务名称, 牵头单位, 责任单位, 配合单位, 完成时限, 时间节点, 责任领导, 序号
…) are :mod:`.table_headers`' own; the words here are the keys of a card's other rows, which name no column
kind but hold the task's targets and expected results, and the way a card numbers its task."""

from __future__ import annotations

#: keys of a card's text rows (工作目标 | 建成1个…): read for targets and time limits like any cell of the card
CARD_TEXT_KEYS = frozenset(
    {
        "工作目标",
        "主要目标",
        "任务目标",
        "预期目标",
        "绩效目标",
        "目标要求",
        "工作要求",
        "预期成效",
        "预期成果",
        "工作成效",
        "完成标准",
        "验收标准",
        "工作标准",
        "工作内容",
        "主要内容",
        "具体内容",
        "进展情况",
        "备注",
        # a 督办通知单's own rows: what the supervising office asks of the handling units (督办要求 | 1.每月25日前
        # 报送进展；2.办结后5个工作日内报告结果), its reading of the matter
        "督办要求",
        "办理要求",
        "具体要求",
        "督办意见",
        "办理意见",
        "交办意见",
        # the form's own grounds, before its items (督办依据 | 市政府第41次常务会议纪要…)
        "督办依据",
        "交办依据",
        "事项来源",
    }
)

#: keys of a form's own bookkeeping rows, which say how the matter is filed and answered, not what is to be done
#: (a 督办通知单: 督办类别 | 市政府常务会议议定事项, 督办编号 | 高督〔2026〕第17号, 反馈方式 | 各承办单位按事项分别
#: 反馈…; a 交办单's 交办编号, 紧急程度): read as keys the card passes over, so the form is still read as one
CARD_FORM_KEYS = frozenset(
    {
        "督办类别",
        "督办类型",
        "督办级别",
        "督办层级",
        "督办方式",
        "督办编号",
        "督办单号",
        "交办类别",
        "交办编号",
        "交办方式",
        "反馈方式",
        "反馈形式",
        "报送方式",
        "紧急程度",
    }
)

#: a word in the key of the cell that names the card's task (任务名称, 项目名称, 事项名称): of several task keys
#: (任务名称 and 目标任务 in one card) the name's is the card's heading
CARD_NAME_WORD = "名称"

#: a task name that carries its number in words (任务3：…, 任务三、…, 第3项：…), beside the markers of the
#: marker grammar (1. （三） 一、); group 1 is the number
CARD_NUMBER = r"(?:任务|第)([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})项?[：:、.．\s]"

#: the key that numbers one item of a form of several (a 督办通知单's 事项一 | 关于加快推进…, 事项二 …; 督办事项（一）,
#: 任务1, 第三项):
#: group 1 is the number
CARD_ITEM_KEY = r"(?:督办事项|交办事项|事项|任务|项目)[（(]?([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[）)]?|第([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})项"
