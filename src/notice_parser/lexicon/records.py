"""Field names of a crawler's notice record (:mod:`notice_parser.readers.record`): the fields that
hold the notice's body, and those that hold its title, 文号, dates, issuer and 索引号, in the spellings
crawlers and site APIs write (English, pinyin initials, Chinese)."""

from __future__ import annotations

#: field names of the notice's body (compared without ``_``, ``-``, blanks and case)
BODY_FIELD_NAMES: tuple[str, ...] = (
    "content", "contentHtml", "htmlContent", "content_text", "contentText", "html", "body", "bodyHtml",
    "text", "article", "articleContent", "articleBody", "mainText", "fullText", "txt", "zw", "detailContent",
    "newsContent", "infoContent", "docContent", "__html", "正文", "内容", "全文", "正文内容", "文章内容",
)  # fmt: skip

#: the record's fields, each as the label an HTML page's 信息公开 table writes (the header's key-value
#: names), with the field names that hold it, most trusted first
RECORD_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("标题", ("title", "标题", "docTitle", "articleTitle", "题名", "文件名称", "文件标题", "headline", "name")),
    ("文号", ("docNo", "doc_number", "documentNumber", "fileNo", "fileNumber", "wenhao", "fwzh", "文号", "发文字号",
             "文件编号")),
    ("成文日期", ("writtenDate", "writeDate", "signDate", "chengwenDate", "cwrq", "成文日期", "印发日期", "发文日期",
               "documentDate", "issueDate")),
    ("发布日期", ("pubDate", "publishDate", "publishTime", "pubTime", "releaseDate", "releaseTime", "publishedTime",
               "publishedAt", "发布日期", "发布时间", "date")),
    ("发布机构", ("publisher", "issuer", "发布机构", "发文机关", "发文单位", "发布单位", "fwjg", "organName")),
    ("索引号", ("indexNo", "index_number", "索引号", "syh")),
)  # fmt: skip
