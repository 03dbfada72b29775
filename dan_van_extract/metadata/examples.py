"""The metadata extractor's example corpus: short articles in the genre's style, written for
this library (never copied from an article), with the fields that must come out.

Each ``expect`` is a dict of the fields checked (``title``, ``source``, ``author``,
``views``); a field given as ``None`` must come out as None. ``NEGATIVE`` examples must give
no author and no source.
"""

from __future__ import annotations

from .._examples import Example

__all__ = ["NEGATIVE", "POSITIVE"]

_BODY = (
    "Hội nghị đã đánh giá kết quả thực hiện công tác dân vận trong năm, chỉ ra những hạn chế "
    "và đề ra phương hướng, nhiệm vụ cho thời gian tới. Các đại biểu đã thảo luận sôi nổi, "
    "đóng góp nhiều ý kiến tâm huyết để nâng cao chất lượng, hiệu quả công tác vận động quần "
    "chúng ở cơ sở, nhất là vùng đồng bào dân tộc thiểu số."
)
"""A long body paragraph (the glued-byline rule only reads long paragraphs)."""

POSITIVE: list[Example] = [
    Example(
        "Hợp tác biển\n\n" + _BODY[:-1] + " trong khuôn khổ ASEAN. Đức Dũng (TTXVN)",
        {"author": "Đức Dũng", "source": "TTXVN"},
        "a credit glued after a sentence ending on an acronym",
    ),
    Example(
        "Dân vận khéo ở bản vùng cao\n\n" + _BODY + "\n\nLê Hoa\n\nTheo Báo Đắk Nông\n\n"
        "https://baodaknong.vn/dan-van-kheo-o-ban-vung-cao.html",
        {"author": "Lê Hoa", "source": "Báo Đắk Nông"},
        "a portal reposting: the writer above the credit line and the address",
    ),
    Example(
        "Dân vận khéo ở bản vùng cao\n\n" + _BODY + " Xem thêm: Vì sao 12 xã về đích sớm? Lê Hoa",
        {"author": "Lê Hoa"},
        "the writer signs after a related-news link glued to the body",
    ),
    # -- a writer and the outlet after a slash, as national agencies sign ----------------------
    Example(
        "Dân vận khéo ở bản vùng cao\n\n" + _BODY + "\nThu Hằng/TTXVN",
        {"author": "Thu Hằng", "source": "TTXVN"},
        "Name/OUTLET on its own last line",
    ),
    Example(
        "Dân vận khéo ở bản vùng cao\n\n" + _BODY + "./. Lê Hoa/VOV-Tây Bắc",
        {"author": "Lê Hoa", "source": "VOV-Tây Bắc"},
        "Name/OUTLET-desk glued after the body's last sentence",
    ),
    # -- title ----------------------------------------------------------------------------------
    Example(
        "Ban Dân vận Tỉnh ủy làm việc với Huyện ủy\n\n" + _BODY,
        {"title": "Ban Dân vận Tỉnh ủy làm việc với Huyện ủy"},
        "the headline line",
    ),
    Example(
        "Thứ Tư, 30/11/2022\nHoạt động phối hợp công tác dân vận ngày càng hiệu quả\n\n" + _BODY,
        {"title": "Hoạt động phối hợp công tác dân vận ngày càng hiệu quả"},
        "a date line above the headline",
    ),
    Example(
        "Sáng 10/9, Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận. Phó Bí thư Tỉnh ủy chủ "
        "trì hội nghị.\n" + _BODY,
        {"title": None},
        "a lead sentence is not a headline",
    ),
    # -- source -------------------------------------------------------------------------------
    Example(
        "Phát huy vai trò đội công tác\n\nNDO - Ngày 23/11, Ban Dân vận Tỉnh ủy tổ chức hội nghị.",
        {"source": "NDO"},
        "an outlet's credit opening the lead",
    ),
    Example(
        "Lãnh đạo tỉnh làm việc với đoàn công tác\n(binhdinh.gov.vn) - Sáng 18/4, Chủ tịch UBND "
        "tỉnh tiếp đoàn công tác.",
        {"source": "binhdinh.gov.vn"},
        "a domain in parentheses opening the lead",
    ),
    Example(
        "Tổng kết Ngày hội Đại đoàn kết\n(Mặt trận) -Chiều 16/6, Ban Thường trực tổ chức hội "
        "nghị tổng kết.",
        {"source": "Mặt trận"},
        "an outlet's two-word name in parentheses, the dash glued to the lead",
    ),
    Example(
        "Hội nghị tổng kết công tác thi đua\n(BDO) Sáng 10/01, UBND huyện tổ chức hội nghị.",
        {"source": "BDO"},
        "an outlet's acronym in parentheses with no dash before the lead's first word",
    ),
    Example(
        "Bấm vào hình để xem kích thước thật\nHội Cựu chiến binh họp mặt kỷ niệm ngày thành "
        "lập\nNgày đăng: 23/12/2020\n" + _BODY + "\nĐăng bởi: Hân Nguyễn\n[Trở về]\nCác tin khác",
        {"title": "Hội Cựu chiến binh họp mặt kỷ niệm ngày thành lập", "author": "Hân Nguyễn"},
        "a portal's chrome above the headline and below the byline (data/furniture.txt); "
        "Đăng bởi: labels the writer",
    ),
    Example(
        "Hội nghị tổng kết công tác dân vận\n" + _BODY + "\nTheo chinhphu.vn",
        {"source": "chinhphu.vn"},
        "a closing Theo line naming the outlet by its domain in lower case",
    ),
    # -- a portal's header: the site's name in upper case above the headline
    Example(
        "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐĂK SONG\nTin tức - Sự kiện\nHội nghị tổng kết công tác "
        "dân vận năm 2022\nNgày đăng: 12/01/2023 08:30\n" + _BODY,
        {"title": "Hội nghị tổng kết công tác dân vận năm 2022"},
        "the headline is the line over the publication line, not the site's name",
    ),
    Example(
        "Triển lãm ảnh về Bác Hồ\n(NLĐO) - Sáng 19/5, triển lãm ảnh khai mạc tại nhà văn hóa.",
        {"source": "NLĐO"},
        "an abbreviation in parentheses",
    ),
    Example(
        "Tăng cường công tác tham mưu chiến lược\nTTXVN - Ngày 10-2, tại Phủ Chủ tịch, hội nghị "
        "đã diễn ra.",
        {"source": "TTXVN"},
        "the news agency",
    ),
    Example(
        "Ban Dân vận Tỉnh ủy làm việc với Huyện ủy\n\n30\n\nbaokontum.com.vn\n\n"
        "23/02/2024 15:24\n\n" + _BODY,
        {"source": "baokontum.com.vn", "views": None},
        "a domain line among the meta lines; a bare number is not a view counter",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n\n" + _BODY + "\n\nNguồn: baotintuc.vn",
        {"source": "baotintuc.vn"},
        "a source line at the end",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n\n" + _BODY + "\n\nPhạm Giang (Theo AP)",
        {"source": "AP", "author": "Phạm Giang"},
        "the origin in the byline's parentheses",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n\n" + _BODY + "\n\nTrang Phạm\nTheo Live Science",
        {"source": "Live Science", "author": "Trang Phạm"},
        "a 'Theo ...' line after the byline",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n" + _BODY + " Diệu Hương/VOV.VN",
        {"source": "VOV.VN", "author": "Diệu Hương"},
        "name and outlet glued at the end of a one-line body",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n" + _BODY + " Đức Dũng (TTXVN)",
        {"source": "TTXVN", "author": "Đức Dũng"},
        "name and outlet in parentheses glued at the end",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n\n" + _BODY + "\n\nBài, ảnh: Minh Khoa\n\n"
        "http://baogialai.com.vn/chinh-tri/tieu-de-bai-viet-ve-dan-van-123.html",
        {"source": "baogialai.com.vn", "author": "Minh Khoa"},
        "a portal reposting a paper's story: its address on the last line",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n" + _BODY + " TTXVN/Tin Tức",
        {"source": "TTXVN", "author": None},
        "an agency's credit glued after the last sentence",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n" + _BODY + " Theo Chinhphu.vn",
        {"source": "Chinhphu.vn"},
        "Theo and an address glued after the last sentence",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n" + _BODY + " Theo TTXVN Minh Đức",
        {"source": "TTXVN", "author": "Minh Đức"},
        "Theo, the agency and its writer glued after the last sentence",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n" + _BODY + " Tin, ảnh: Hồng Nhung (TTXVN)",
        {"source": "TTXVN", "author": "Hồng Nhung"},
        "Tin, ảnh: glued after the last sentence, the agency in parentheses",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n" + _BODY + " Minh Hòa/VOV.VN (Thực hiện) Minh Hòa/VOV.VN "
        "(Thực hiện)",
        {"author": "Minh Hòa", "source": "VOV.VN"},
        "a glued credit the page's template wrote twice",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n" + _BODY + " Hoàng Thùy - Nhật Minh ghi",
        {"author": "Hoàng Thùy - Nhật Minh"},
        "an interview's two writers glued after the last sentence, with ghi (recorded by)",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n" + _BODY[:-1] + ".. Ngọc Trường",
        {"author": "Ngọc Trường"},
        "a name glued after a sentence ending on a doubled full stop",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n" + _BODY + " Tin, bài: Tuấn Vương - Lê Khoa",
        {"author": "Tuấn Vương - Lê Khoa"},
        "Tin, bài: two writers glued after the last sentence",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n\n" + _BODY + "\n\nMinh Tâm – ĐTT.",
        {"author": "Minh Tâm"},
        "a portal's desk code after the writer's name",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n\n" + _BODY + "\n\nTin, ảnh: Hồng Nhung",
        {"author": "Hồng Nhung"},
        "Tin, ảnh: on the byline line",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n\n" + _BODY + "\n\nHồng Nhung\n\nMột số hình ảnh của đoàn:",
        {"author": "Hồng Nhung"},
        "a photo-gallery heading after the byline",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n" + _BODY + " Bài và ảnh: Thu Trang\nToàn cảnh hội nghị.",
        {"author": "Thu Trang"},
        "Bài và ảnh: glued after the last sentence, captions after it",
    ),
    # -- author -------------------------------------------------------------------------------
    Example(
        "Tiêu đề bài viết về dân vận\n\n" + _BODY + "\n\nLê Hùng (Ban Dân vận Tỉnh ủy Đắk Nông)",
        {"author": "Lê Hùng"},
        "name without the affiliation",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n" + _BODY + "\nTác giả: Trang Lê\nTrang Lê",
        {"author": "Trang Lê"},
        "a 'Tác giả:' label",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n\n" + _BODY + "\n\n Đào Quyên",
        {"author": "Đào Quyên"},
        "a short last line",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n" + _BODY + " Phạm Diệp",
        {"author": "Phạm Diệp"},
        "a name glued after the last sentence of a one-line body",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n" + _BODY + " B.H",
        {"author": "B.H"},
        "initials glued at the end",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n" + _BODY + " HẢI CHÂU",
        {"author": "HẢI CHÂU"},
        "a name in capitals glued at the end",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n" + _BODY + " Quang Duy - Nguyễn Xuân",
        {"author": "Quang Duy - Nguyễn Xuân"},
        "two writers",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n" + _BODY + "./. Vũ Dũng",
        {"author": "Vũ Dũng"},
        "after the closing mark ./.",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n"
        + _BODY
        + " Ngọc Anh\nÔng Nguyễn Văn A phát biểu khai mạc.\n"
        "Toàn cảnh hội nghị",
        {"author": "Ngọc Anh"},
        "the byline at the end of the last long paragraph, captions after it",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n\n" + _BODY + "\n\nBài và ảnh: Minh Châu",
        {"author": "Minh Châu"},
        "a 'Bài và ảnh:' label",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n" + _BODY[:-1] + "... Thanh Tâm",
        {"author": "Thanh Tâm"},
        "a name glued after an ellipsis written as three dots",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n" + _BODY + " Quang Huy Xem thêm: Hội nghị tổng kết",
        {"author": "Quang Huy"},
        "a name before related-news links",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n" + _BODY + " Thu Hằng\nHội trường Ủy ban.",
        {"author": "Thu Hằng"},
        "a caption after the body gives no name: the name glued to the body",
    ),
    # -- views --------------------------------------------------------------------------------
    Example(
        "Triển khai nhiệm vụ công tác dân vận\n\nThứ 4, 30/09/2020 | 15:06:38\n4,029 lượt xem\n"
        + _BODY,
        {"views": 4029},
        "a comma groups thousands",
    ),
    Example(
        "Triển khai nhiệm vụ công tác dân vận\nLượt xem: 1.234\n" + _BODY,
        {"views": 1234},
        "a label before the number",
    ),
    Example(
        "Triển khai nhiệm vụ công tác dân vận\n\n512 lượt đọc\n" + _BODY,
        {"views": 512},
        "reads",
    ),
    Example(
        "Triển khai nhiệm vụ công tác dân vận\nNgày đăng 15/06/2023 Lượt xem 1.234\n" + _BODY,
        {"views": 1234},
        "the year of the date line before the label is no count",
    ),
    Example(
        "Triển khai nhiệm vụ công tác dân vận\n\n" + _BODY + "\n\nTác giả bài viết: Lê Thị Hoa",
        {"author": "Lê Thị Hoa"},
        "a longer byline label",
    ),
    Example(
        "Dân vận khéo ở bản vùng cao\n\n" + _BODY + " Theo báo điện tử Đảng Cộng sản Việt Nam",
        {"source": "báo điện tử Đảng Cộng sản Việt Nam", "author": None},
        "'Theo báo ...' glued after the last sentence: a newspaper by name",
    ),
    Example(
        "Dân vận khéo ở bản vùng cao\n\n" + _BODY + "\n\nTheo báo Nhân Dân",
        {"source": "báo Nhân Dân"},
        "a 'Theo báo ...' line",
    ),
    Example(
        "Dân vận khéo ở bản vùng cao\n\n" + _BODY + "\n\nNgười viết: Lê Hoa - Nguồn: Ban Dân vận "
        "Huyện ủy",
        {"author": "Lê Hoa", "source": "Ban Dân vận Huyện ủy"},
        "a byline naming the source after a dash (credits.SOURCE_TAIL, read by the layout too)",
    ),
    Example(
        "Dân vận khéo ở bản vùng cao\n\n" + _BODY + "\n\nLÊ HOA thực hiện",
        {"author": "LÊ HOA"},
        "what the writer did after the name (credits.WRITER_SUFFIX): thực hiện, tổng hợp",
    ),
    # -- page chrome above the headline (layout: data/furniture.txt, data/page_widgets.txt,
    # CHROME_LINE_RE, foreign-script lines, "null X" over X, a trailing "Tin có hình") -------
    Example(
        "Skip to main content\nHình 2\n\nNGÀY HỘI ĐOÀN KẾT Ở KHU PHỐ BA\n\n" + _BODY,
        {"title": "NGÀY HỘI ĐOÀN KẾT Ở KHU PHỐ BA"},
        "a skip link and an image placeholder over an upper-case headline",
    ),
    Example(
        "Bỏ qua nội dung chính\nChi hội phụ nữ ra mắt mô hình tiết kiệm\n\n" + _BODY,
        {"title": "Chi hội phụ nữ ra mắt mô hình tiết kiệm"},
        "a Vietnamese skip link over the headline",
    ),
    Example(
        "PrintAaa\n\nHội Nông dân xã tập huấn kỹ thuật trồng lúa\n\n09:15 12/04/2021\n\n" + _BODY,
        {"title": "Hội Nông dân xã tập huấn kỹ thuật trồng lúa"},
        "a print and font-size widget over the headline",
    ),
    Example(
        "Văn bản mới\n\n   In bài    Gửi bài viết \nBa xã về đích nông thôn mới Tin có ảnh\n"
        + _BODY,
        {"title": "Ba xã về đích nông thôn mới"},
        "a sidebar heading and print buttons; the picture icon's label after the headline",
    ),
    Example(
        "Публикатор\n\nnull Huyện đoàn trao học bổng cho học sinh nghèo\n\nChi tiết bài viết\n\n"
        "Huyện đoàn trao học bổng cho học sinh nghèo\n\n" + _BODY,
        {"title": "Huyện đoàn trao học bổng cho học sinh nghèo"},
        "a portlet title in another script and a 'null' copy of the headline",
    ),
    Example(
        "Chủ Nhật, 05/03/2023, 08:10 (GMT+7)\n-\n\nĐoàn viên ra quân làm sạch bờ biển\n\n"
        "(BTO) Sáng 4/3, đoàn viên thanh niên ra quân dọn rác ven biển.",
        {"title": "Đoàn viên ra quân làm sạch bờ biển", "source": "BTO"},
        "a lone dash between the date line and the headline",
    ),
    Example(
        "> Tin tức > Hoạt động HĐND > Kỳ họp thứ Năm thông qua 20 nghị\n\nKỳ họp thứ Năm "
        "thông qua 20 nghị quyết\n\n15/07/2022\n" + _BODY,
        {"title": "Kỳ họp thứ Năm thông qua 20 nghị quyết"},
        "a breadcrumb opening with '>' whose last crumb is the cut headline",
    ),
    Example(
        "Tin tức » Sự kiện » Hoạt động\nHội Cựu chiến binh tổng kết năm\n\n" + _BODY,
        {"title": "Hội Cựu chiến binh tổng kết năm"},
        "a breadcrumb of three crumbs without Trang chủ",
    ),
    # -- bulleted meta lines and view counters ------------------------------------------------
    Example(
        "Ban Dân vận huyện sơ kết quý III\n\n12/09/2022 08:40    3156\n\n" + _BODY,
        {"title": "Ban Dân vận huyện sơ kết quý III", "views": 3156},
        "an unlabelled count set off by spaces after the publication line's time",
    ),
    Example(
        "Ban Dân vận huyện sơ kết quý III\n12/09/2022 - 08:40\t\t517\n" + _BODY,
        {"views": 517},
        "an unlabelled count after tabs following the time",
    ),
    Example(
        "Trao nhà Đại đoàn kết cho hộ nghèo\n\n12/09/2022 - 08:40\n87\n\n" + _BODY,
        {"title": "Trao nhà Đại đoàn kết cho hộ nghèo", "views": 87},
        "an unlabelled count alone on the line under the publication line",
    ),
    Example(
        "Trao nhà Đại đoàn kết cho hộ nghèo\n\n12/09/2022 15:20 42\n\n" + _BODY,
        {"views": None},
        "one space after the time: no view counter's slot",
    ),
    Example(
        "Trao nhà Đại đoàn kết cho hộ nghèo\n\n12/09/2022    42\n\n" + _BODY,
        {"views": None},
        "a bare number after a date without its time is no count",
    ),
    Example(
        "Trao nhà Đại đoàn kết cho hộ nghèo\n\n12/09/2022 - 08:40\n\n87\n\n" + _BODY,
        {"views": None},
        "a bare number after a blank line is not on the line right under the date",
    ),
    Example(
        "Trao nhà Đại đoàn kết cho hộ nghèo\n\nĐăng lúc: 08:40:12 12/09/2022 (GMT+7)\n100%\n\n"
        + _BODY,
        {"title": "Trao nhà Đại đoàn kết cho hộ nghèo", "views": None},
        "the zoom widget under the publication line is no count",
    ),
    Example(
        "Xã tổ chức hội nghị dân vận\n• Cập nhật: 14/02/2024\n• Lượt xem: 2301 lượt xem\n" + _BODY,
        {"title": "Xã tổ chức hội nghị dân vận", "views": 2301},
        "a bulleted counter with the label and the unit both",
    ),
    Example(
        "- 14/02/2024 10:05:00\n- Đã xem: 126\n" + _BODY,
        {"title": None, "views": 126},
        "bulleted date and views lines: no title, the views label Đã xem",
    ),
    Example(
        "Xã tổ chức hội nghị dân vận\n• 14/02/2024\n• Số lần xem: 1.250\n" + _BODY,
        {"title": "Xã tổ chức hội nghị dân vận", "views": 1250},
        "a bullet and the views label Số lần xem",
    ),
    # -- a portal's header over the headline, an English counter, an office in brackets -------
    Example(
        "Chi bộ khu phố 4 trao Huy hiệu Đảng\nNgày đăng 21/11/2022 | 16:40 | View count: 2,318\n"
        "\n" + _BODY,
        {"title": "Chi bộ khu phố 4 trao Huy hiệu Đảng", "views": 2318},
        "the English counter after the publication time on the date line",
    ),
    Example(
        "Hội Phụ nữ phường Đông Xuyên ra mắt câu lạc bộ\n\nView count: 87\n\n" + _BODY,
        {"title": "Hội Phụ nữ phường Đông Xuyên ra mắt câu lạc bộ", "views": 87},
        "the English counter alone on its line",
    ),
    Example(
        "Đoàn thanh niên xã - ngày hội tình nguyện\nNgày đăng 04/05/2024 | 07:30 | Bình luận: 3\n"
        "\n" + _BODY,
        {"title": "Đoàn thanh niên xã - ngày hội tình nguyện", "views": None},
        "a headline with a dash is no lower-case label; a comment counter is no view counter",
    ),
    Example(
        "thời sự - chính trị\n\nHội Nông dân xã Tân Lập đại hội lần thứ X\n"
        "Ngày đăng 12/03/2023 | 09:15  | View count: 1.204\n\n" + _BODY,
        {"title": "Hội Nông dân xã Tân Lập đại hội lần thứ X", "views": 1204},
        "a section's label in lower case over the headline; the English counter on the date line",
    ),
    Example(
        "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nHUYỆN 2 - TỈNH BẾN TRE\n\nXÃ AN HIỆP – RA MẮT TỔ "
        "TỰ QUẢN AN NINH TRẬT TỰ\n\n" + _BODY,
        {"title": "XÃ AN HIỆP – RA MẮT TỔ TỰ QUẢN AN NINH TRẬT TỰ"},
        "an organisation's name and its place in capitals over the headline: the site's header",
    ),
    Example(
        "HỘI CỰU CHIẾN BINH VIỆT NAM\n\nPhường 7 trao sổ tiết kiệm cho hội viên khó khăn\n\n"
        + _BODY,
        {"title": "Phường 7 trao sổ tiết kiệm cho hội viên khó khăn"},
        "an organisation's name in capitals over the headline, no place under it",
    ),
    Example(
        "HỘI NÔNG DÂN XÃ PHÚ LỢI TỔ CHỨC HỘI NGHỊ SƠ KẾT\n\n" + _BODY,
        {"title": "HỘI NÔNG DÂN XÃ PHÚ LỢI TỔ CHỨC HỘI NGHỊ SƠ KẾT"},
        "a capitals headline naming the body first, the lead under it: the headline itself",
    ),
    Example(
        "Trao học bổng cho học sinh nghèo\n\n" + _BODY + "\nTrần Minh Khoa\n"
        "(MTTQ xã Long Phước, Long Hồ)",
        {"author": "Trần Minh Khoa"},
        "the writer's office in brackets on the line under the name",
    ),
    # -- portal meta lines, chrome over the headline, a page's tail (round 2) -----------------
    Example(
        "Hội Nông dân xã sơ kết 6 tháng\n(14/05/2021). Số lượt xem:315\n" + _BODY,
        {"title": "Hội Nông dân xã sơ kết 6 tháng", "views": 315},
        "the date and the view counter on one line",
    ),
    Example(
        "Hội Nông dân xã sơ kết 6 tháng\n|\n" + _BODY + "\nThanh Hà\n|\n|\nSố lượt người xem:"
        "\n2350\n|\n|",
        {"author": "Thanh Hà", "views": 2350},
        "the label Số lượt người xem with its number on the next line, under the byline",
    ),
    Example(
        "Báo Tây Nguyên điện tử\nEn\n\nHội Nông dân xã sơ kết 6 tháng\n\n09:15, 14/05/2021\n\n"
        "(TN)- " + _BODY,
        {"title": "Hội Nông dân xã sơ kết 6 tháng", "source": "TN"},
        "the site's name and a language switch over the headline",
    ),
    Example(
        "• :\n  • :\nCHÀO MỪNG ĐẾN VỚI TRANG THÔNG TIN ĐIỆN TỬ XÃ AN BÌNH\n\n"
        "Hội Nông dân xã sơ kết 6 tháng\n\n" + _BODY,
        {"title": "Hội Nông dân xã sơ kết 6 tháng"},
        "empty menu bullets and a welcome banner over the headline",
    ),
    Example(
        "Dân vận khéo ở bản vùng cao\n\n" + _BODY + "\n\nMinh Tâm\n \n  \n\t\nTin xem nhiều\n"
        "- Xã An Bình ra quân làm đường\n- Hội Cựu chiến binh huyện tổng kết năm",
        {"author": "Minh Tâm"},
        "the writer above blank lines and a most-read list",
    ),
    Example(
        "Dân vận khéo ở bản vùng cao\n\n" + _BODY + "\n\nThu Hà\nChia sẻ bài viết\nLƯU Ý: Tòa "
        "soạn sẽ biên tập ý kiến của bạn đọc trước khi đăng. Xin cảm ơn quý độc giả.",
        {"author": "Thu Hà"},
        "the writer above the comment box's notice",
    ),
    # -- bylines behind a page's footer -------------------------------------------------------
    Example(
        "Dân vận khéo ở bản vùng cao\n\n" + _BODY + "\n\nThu Trang\n\nThời tiết\n\nTỷ giá "
        "ngoại tệ\nGiá vàng\nThống kê truy cập\nĐang online 35\nTổng truy cập: 120.456",
        {"author": "Thu Trang"},
        "the writer above a sidebar's weather, exchange-rate and visitor widgets",
    ),
    Example(
        "Dân vận khéo ở bản vùng cao\n\n" + _BODY + "\n\n     Quốc Bảo\n\nipv6 ready "
        "Chung nhan Tin Nhiem Mang",
        {"author": "Quốc Bảo"},
        "an indented writer's name above the network badges",
    ),
    Example(
        "Dân vận khéo ở bản vùng cao\n\n" + _BODY + "\n\nTác giả: Hoang Van Nam\n"
        "Tổng số điểm của bài viết là: 5 trong 1 đánh giá\nClick để đánh giá bài viết\n"
        "Ý kiến bạn đọc\nNhững tin mới hơn\nNhững tin cũ hơn",
        {"author": "Hoang Van Nam"},
        "a NukeViet rating and comment box under the byline",
    ),
    Example(
        "Dân vận khéo ở bản vùng cao\n\n" + _BODY + "\n\nThanh Hà\n\nTrung tâm Văn hóa - "
        "Thông tin huyện",
        {"author": "Thanh Hà"},
        "the writer's office on the line under the name",
    ),
    Example(
        "Dân vận khéo ở bản vùng cao\n\n" + _BODY + "\n\nTin và ảnh: Lê Thị Mai - CC VHXH "
        "Tân Lập\n\nCác tin đã đưa ngày:",
        {"author": "Lê Thị Mai"},
        "a credit label, the name and the writer's office after a dash",
    ),
    Example(
        "Dân vận khéo ở bản vùng cao\n\n" + _BODY + "\n\nMai Anh - Công chức VHXH xã Tân Lập",
        {"author": "Mai Anh"},
        "the writer's office after a dash (credits.DESK_SUFFIX, data/byline_orgs.txt)",
    ),
    # -- a credit of several words in brackets opening the lead --------------------------------
    Example(
        "Hội nghị tổng kết công tác mặt trận\n(Báo Hà Tĩnh) - Sáng 12/1, Ủy ban MTTQ tỉnh tổ "
        "chức hội nghị.",
        {"source": "Báo Hà Tĩnh"},
        "a newspaper's name in brackets opening the lead",
    ),
    Example(
        "Hội nghị tổng kết công tác mặt trận\n(Ha Tinh Portal) Sáng 12/1, Ủy ban MTTQ tỉnh tổ "
        "chức hội nghị.",
        {"source": "Ha Tinh Portal"},
        "a portal's English name in brackets before the lead's first word",
    ),
    # -- round 3 of the portal chrome: page clock, weather, section stamps, comment forms ------
    Example(
        "Thứ 3, 14/05/2024 09:12:07 GMT+7\nHà Giang, 24°C/19°C - 27°C\naA\n\nXã hội 08:30, "
        "02/03/2019 GMT+7\n\nHội Nông dân xã Tân Lập sơ kết quý I\n\nThứ 7, 02/03/2019 | "
        "08:30:00 842 lượt xem\nHG - " + _BODY,
        {"title": "Hội Nông dân xã Tân Lập sơ kết quý I", "source": "HG", "views": 842},
        "a page clock, a weather box, a font switch and a section stamp over the headline",
    ),
    Example(
        "Tiếng Việt | English\n\n05/06/2021 - 10:20\n\nHội Cựu chiến binh xã An Phú đại hội "
        "nhiệm kỳ mới\n\n" + _BODY,
        {"title": "Hội Cựu chiến binh xã An Phú đại hội nhiệm kỳ mới"},
        "a language switch over the date line and the headline",
    ),
    Example(
        "TIN NỔI BẬT:\n\nHoạt động đoàn thể\n\nXem với cỡ chữAA\n\nHội Cựu chiến binh phường "
        "3 tổng kết năm\n\n(09:10 | 15/12/2023)\n\n" + _BODY,
        {"title": "Hội Cựu chiến binh phường 3 tổng kết năm"},
        "a section label and a font-size switch over the headline and its date line",
    ),
    Example(
        "Quảng cáo bên phải (Home-right-2)\n\nPhụ nữ xã Hòa Bình ra mắt mô hình mới\n\n" + _BODY,
        {"title": "Phụ nữ xã Hòa Bình ra mắt mô hình mới"},
        "a CMS module's name printed over the headline",
    ),
    Example(
        "HỘI PHỤ NỮ XÃ AN BÌNH RA MẮT MÔ HÌNH MỚI 12/03/2022\n\n" + _BODY,
        {"title": "HỘI PHỤ NỮ XÃ AN BÌNH RA MẮT MÔ HÌNH MỚI"},
        "the publication date printed at the end of the headline's line",
    ),
    Example(
        "Kỷ niệm 90 năm ngày thành lập Đảng 03/02/1930\n\n" + _BODY,
        {"title": "Kỷ niệm 90 năm ngày thành lập Đảng 03/02/1930"},
        "a date of the last century at the end of the headline is the headline's own",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n\n" + _BODY + "\n\nTrần Hoa\n\nTrả lời\n\nEmail của bạn "
        "sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *",
        {"author": "Trần Hoa"},
        "the writer above a comment form",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n\n" + _BODY + "\n\nCTV Lò Văn Minh",
        {"author": "Lò Văn Minh"},
        "a collaborator's label before the writer's name",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n\n" + _BODY + "\n\nTin ảnh: Ngọc Lan",
        {"author": "Ngọc Lan"},
        "'Tin ảnh:' without a comma",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n\n" + _BODY + "\n\n    Tin, ảnh : Đỗ Thu Hà – Cơ quan Hội "
        "Nông dân huyện Kim Sơn",
        {"author": "Đỗ Thu Hà"},
        "a spaced colon and the writer's office after a dash",
    ),
    Example(
        "Hội nông dân sơ kết quý I\n\nLào Cai - LCĐT - " + _BODY,
        {"source": "LCĐT"},
        "an outlet's acronym after the place the lead is datelined with",
    ),
    # -- a newspaper's byline and publication stamp on one line under the headline --------
    Example(
        "Khai mạc Đại hội Mặt trận tỉnh\n\nHồng Nhung - Văn Tài 12/05/2024 08:40\n\n" + _BODY,
        {"title": "Khai mạc Đại hội Mặt trận tỉnh", "author": "Hồng Nhung - Văn Tài"},
        "two writers and the stamp on one line (the stamp is the publication line)",
    ),
    Example(
        "Khai mạc Đại hội Mặt trận tỉnh\n\nHồng Nhung | 12/05/2024 08:40\n\n" + _BODY,
        {"author": "Hồng Nhung"},
        "a writer, a bar and the stamp",
    ),
    Example(
        "Khai mạc Đại hội Mặt trận tỉnh\n\nVăn Tài - 08:40 12/05/2024 GMT+7\n\n" + _BODY,
        {"author": "Văn Tài"},
        "a writer, a dash and the stamp with the clock first",
    ),
    # -- newspapers' outlet credits -------------------------------------------------------
    Example(
        "Khai mạc Đại hội Mặt trận tỉnh\n\n(VOV2) -Sáng 5/3, đại hội khai mạc.\n\n" + _BODY,
        {"source": "VOV2"},
        "a broadcaster's channel with its number in brackets",
    ),
    Example(
        "Khai mạc Đại hội Mặt trận tỉnh\n\nĐà Nẵng (TTXVN 5/3) Sáng nay, đại hội khai mạc.\n\n"
        + _BODY,
        {"source": "TTXVN"},
        "the news agency's dateline credit: place, then agency and day",
    ),
    Example(
        "Khai mạc Đại hội Mặt trận tỉnh\n\nĐà Nẵng (TTXVN 5/3/2024) Sáng nay, đại hội khai mạc.\n\n"
        + _BODY,
        {"source": "TTXVN"},
        "the agency's dateline credit with the year of its filing day",
    ),
    Example(
        "Lào trao huân chương cho chuyên gia Việt Nam\n\nLễ trao tặng diễn ra trang trọng. "
        "Ảnh: Minh Thư Theo phóng viên TTXVN tại Viêng Chăn, chiều 14/4, Chính phủ Lào đã "
        "trao huân chương cho đoàn chuyên gia.\n\n" + _BODY,
        {"source": "TTXVN", "author": None},
        "the agency's correspondent named as the lead's source, after a caption glued to it",
    ),
    Example(
        "Hội chợ nông sản ở Phnôm Pênh\n\nPhóng viên VOV thường trú tại Campuchia cho biết "
        "hội chợ thu hút hàng nghìn lượt khách.\n\n" + _BODY,
        {"source": "VOV"},
        "a lead opening with the correspondent of an outlet, stationed abroad",
    ),
    Example(
        "Khai mạc Đại hội Mặt trận tỉnh\n\nTinmoionline - Sáng 5/3, đại hội khai mạc.\n\n" + _BODY,
        {"source": "Tinmoionline"},
        "an outlet's one-word name with a known ending opening the lead",
    ),
    Example(
        "Khai mạc Đại hội Mặt trận tỉnh\n\n" + _BODY + "\n\nHồng Nhung\n\n"
        "Nguồn ND: https://example.vn/chinh-tri/khai-mac-dai-hoi-mat-tran-tinh-2024.htm",
        {"author": "Hồng Nhung", "source": "ND"},
        "the outlet and its story's address on the last line, the writer above it",
    ),
    Example(
        "Khai mạc Đại hội Mặt trận tỉnh\n\n" + _BODY + "\n\nNguồn: baomau.vn, ngày 5/3/2020",
        {"source": "baomau.vn"},
        "a Nguồn line's date after the outlet is no part of it",
    ),
    # -- newspapers' bylines under the headline and at the end ----------------------------
    Example(
        "Khai mạc Đại hội Mặt trận tỉnh\n\nH.NGỌC |\n\n" + _BODY,
        {"author": "H.NGỌC"},
        "an initial and a name in capitals, with the bar before the page's date",
    ),
    Example(
        "Khai mạc Đại hội Mặt trận tỉnh\n\nHồng Nhung\nChia sẻ Zalo\n\n" + _BODY,
        {"author": "Hồng Nhung"},
        "a name over the share buttons",
    ),
    Example(
        "Khai mạc Đại hội Mặt trận tỉnh\n\n" + _BODY + "\n\nH. NGỌC",
        {"author": "H. NGỌC"},
        "an initial and a name in capitals as the last line",
    ),
    # -- round 4 of the chrome over the headline (layout: _link_widget_line, TOOLBAR_LINE_RE,
    # TITLE_LABELLED_DATE_RE, TAGS_LINE_RE, _section_label_over_headline) --------------------
    Example(
        "|\n|\nLiên kết website\nSở, Ban, Ngành UBND Huyện, Thị xã, Thành phố\n| | |\n"
        "Hội Phụ nữ phường An Lạc ra mắt câu lạc bộ dân vận khéo Ngày cập nhật 14/06/2023\n"
        + _BODY,
        {"title": "Hội Phụ nữ phường An Lạc ra mắt câu lạc bộ dân vận khéo"},
        "a link widget's run of office labels; a labelled date glued to the headline's line",
    ),
    Example(
        "Truy cập nội dung luôn\n\nXã Tân Lập tổ chức đối thoại với nhân dân\n\n"
        "12/05/2022 10:15    318\n\n" + _BODY,
        {"title": "Xã Tân Lập tổ chức đối thoại với nhân dân"},
        "a skip link over the headline",
    ),
    Example(
        "A- A A+ | Chia sẻ bài viết lên facebook Chia sẻ bài viết lên zalo Tăng tương phản "
        "Giảm tương phản\n\nHội Cựu chiến binh huyện sơ kết 6 tháng đầu năm\n\n" + _BODY,
        {"title": "Hội Cựu chiến binh huyện sơ kết 6 tháng đầu năm"},
        "an article's toolbar on one line over the headline",
    ),
    Example(
        "Mặt trận\n\nKhai mạc Đại hội đại biểu Hội Nông dân huyện lần thứ IX\n\n"
        "Minh Anh - Hồng Sơn 12/07/2024 08:40\n\n" + _BODY,
        {"title": "Khai mạc Đại hội đại biểu Hội Nông dân huyện lần thứ IX"},
        "a section label over the headline and a writers' stamp with the date",
    ),
    Example(
        "Công ty Giống cây trồng Miền Bắc\n\nNông dân giỏi là lực lượng nòng cốt\n\n"
        "Hà Linh - 09:30 14/10/2023 GMT+7\n" + _BODY,
        {"title": "Nông dân giỏi là lực lượng nòng cốt"},
        "a sponsor's line over the headline",
    ),
    Example(
        "Đại hội Hội Nông dân\n\nBầu 35 ủy viên Ban Chấp hành Hội Nông dân tỉnh khóa mới\n\n"
        "Bầu 35 ủy viên Ban Chấp hành Hội Nông dân tỉnh khóa mới\n\n" + _BODY,
        {"title": "Bầu 35 ủy viên Ban Chấp hành Hội Nông dân tỉnh khóa mới"},
        "a tag page's header over a headline printed twice",
    ),
    Example(
        "Dân vận khéo\n\nPhong trào thi đua dân vận khéo lan tỏa khắp các thôn bản vùng cao\n\n"
        + _BODY,
        {"title": "Phong trào thi đua dân vận khéo lan tỏa khắp các thôn bản vùng cao"},
        "a category label of a listing over a longer headline and its lead",
    ),
    Example(
        "Dân vận khéo\n\nHội nghị sơ kết quý I\n\n" + _BODY,
        {"title": "Dân vận khéo"},
        "a short headline over a short line stays the headline (no evidence for a label)",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n\nNDO - Sáng 23/11, hội nghị.\n\nLê Hùng",
        {"title": "Tiêu đề bài viết về dân vận", "author": "Lê Hùng"},
        "a headline over a one-line lead and the writer's name: the name stamps no headline",
    ),
    Example(
        "Hội nghị tổng kết công tác dân vận năm 2023 Cập nhật 05/01/2024\n\n" + _BODY,
        {"title": "Hội nghị tổng kết công tác dân vận năm 2023"},
        "the label Cập nhật and its date at the end of the headline",
    ),
    # -- round 6 of page chrome (fix-chrome6): more shapes over the headline, bylines ------------
    Example(
        "Liên kết Website\nCơ quan Đảng, Nhà nước\nCơ quan Báo chí\nCác trường Đại học, Cao đẳng\n"
        "Ngày đăng: 05.03.2021\n" + _BODY + "\n\nMinh Anh\nSố lần đọc: 257\n\nTin liên quan",
        {"title": None, "author": "Minh Anh", "views": 257},
        "a link box's categories over the date line are no headline; views under the writer",
    ),
    Example(
        "Đường dây nóng: 0912 345 678\nXÃ AN BÌNH RA MẮT MÔ HÌNH DÂN VẬN KHÉO\n\n" + _BODY,
        {"title": "XÃ AN BÌNH RA MẮT MÔ HÌNH DÂN VẬN KHÉO"},
        "a hotline line over the headline is page furniture",
    ),
    Example(
        "Tin tức - Sự kiện\n\nỦy ban MTTQ tỉnh thăm giáo xứ Phú Lộc\n\n"
        "Cập nhật lúc 09:15 03/11/2024\n" + _BODY,
        {"title": "Ủy ban MTTQ tỉnh thăm giáo xứ Phú Lộc"},
        "a section's label with its subsection over the headline and its date line",
    ),
    Example(
        "Thời sự - Chính trị   Nhân sự\n\nBAOXYZ.VN trên Google News\n\nHiệp thương cử Chủ tịch "
        "Ủy ban MTTQ tỉnh\n\nCập nhật ngày: 12/05/2024 - 10:21\n\nXYZO - " + _BODY,
        {"title": "Hiệp thương cử Chủ tịch Ủy ban MTTQ tỉnh", "source": "XYZO"},
        "a section label, a follow button, then the headline over its date line",
    ),
    Example(
        "Lượt xem: 512 | Gửi lúc: 07/06/2015 10:12:40\n\n" + _BODY,
        {"title": None, "views": 512},
        "a view counter and the date on one line opening the page: meta, no headline",
    ),
    Example(
        "dd/mm/yyyy\n\nTết ấm cho bà con vùng biên\n\n" + _BODY,
        {"title": "Tết ấm cho bà con vùng biên"},
        "an unfilled date field over the headline",
    ),
    Example(
        "Chuyên trang ABC9 - Thời báo ABC\nthứ ba, 25/11/2025\nHà Nội weather 20° - 28° C\n"
        "weather\n28° C\nHà Nội\nthứ ba, 25/11/2025\n\n"
        "Phường Bến Thành biểu dương đảng viên tiêu biểu\n\n" + _BODY,
        {"title": "Phường Bến Thành biểu dương đảng viên tiêu biểu"},
        "a broadcaster's banner, a page clock and a weather box over the headline",
    ),
    Example(
        "QPTD -Thứ Ba, 17/12/2019, 10:22 (GMT+7)\nKỷ niệm 75 năm Ngày thành lập Quân đội nhân dân "
        "Việt Nam (22-12-1944 – 22-12-2019)\nPhát huy vai trò dân vận của lực lượng vũ trang\n\n"
        + _BODY,
        {"title": "Phát huy vai trò dân vận của lực lượng vũ trang", "source": "QPTD"},
        "an outlet's acronym before the date line, an anniversary kicker over the headline",
    ),
    Example(
        "(TTV) Đại hội Hội Cựu chiến binh huyện lần thứ VII\n\n" + _BODY,
        {"title": "Đại hội Hội Cựu chiến binh huyện lần thứ VII", "source": "TTV"},
        "a broadcaster's acronym in brackets before its headline",
    ),
    Example(
        "Trao Huân chương cho 12 cá nhân\n\n" + _BODY + "\n\nNg. Hùng\n\nCác tin, bài viết khác",
        {"author": "Ng. Hùng"},
        "an abbreviated given name over the related-articles heading",
    ),
    Example(
        "Tổng kết công tác Đoàn năm học\n\nDịp này, Huyện đoàn khen thưởng 12 tập thể, 9 cá nhân "
        "có thành tích xuất sắc trong công tác Đoàn, Đội năm học 2021-2022. Thu Hà",
        {"author": "Thu Hà"},
        "a name glued after the last sentence of a short last paragraph",
    ),
    Example(
        "Tham dự hội\nnghị có 80 đại biểu của các xã, thị trấn trong huyện.\n" + _BODY + "\n"
        "Ngọc Lan - Ủy\nban MTTQVN huyện Long Thành",
        {"title": None, "author": "Ngọc Lan"},
        "a hard-wrapped first line is no headline; a byline with its office wrapped on two lines",
    ),
    Example(
        _BODY + "\nMinh Đức\nTác giả: BTG Thị ủy Hòa Thành, Minh Đức\nÝ kiến bạn đọc",
        {"author": "Minh Đức"},
        "an author label with the writer's office before the name",
    ),
    Example(
        "PHƯỜNG 5 QUÁN TRIỆT QUY CHẾ DÂN VẬN; TUYÊN DƯƠNG GƯƠNG DÂN VẬN KHÉO NĂM 2023.\n>\n>\n"
        "PHƯỜNG 5 QUÁN TRIỆT QUY CHẾ DÂN VẬN; TUYÊN DƯƠNG GƯƠNG DÂN VẬN KHÉO NĂM 2023.\n\n" + _BODY,
        {"title": "PHƯỜNG 5 QUÁN TRIỆT QUY CHẾ DÂN VẬN; TUYÊN DƯƠNG GƯƠNG DÂN VẬN KHÉO NĂM 2023."},
        "an upper-case headline with a full stop, printed again under the breadcrumb",
    ),
    # -- end of round 6 --------------------------------------------------------------------------
    Example(
        "menu_WAR_portalportlet_INSTANCE_x7Yq\nPhường 5 đối thoại với nhân dân năm 2023\n"
        "Ngày đăng: 12/05/2023\nSáng 10/5, UBND phường tổ chức hội nghị đối thoại với nhân dân.",
        {"title": "Phường 5 đối thoại với nhân dân năm 2023"},
        "a Liferay portlet's id printed over the headline is page chrome",
    ),
    Example(
        "Xã Đăk Pxi tổ chức đại hội phụ nữ\n\n" + _BODY + "\n\nTác giả: A Thuận-Minh Tâm "
        "(Trung tâm VH-TT huyện)\n\nTin liên quan\n\nTin mới Tin mới",
        {"author": "A Thuận-Minh Tâm"},
        "an ethnic name's one-letter initial; the office in brackets; a box heading printed twice",
    ),
    Example(
        "Hội nghị dân vận\n\n" + _BODY + "\n\nTác giả: Y Bhiêm\n\nTin liên quan",
        {"author": "Y Bhiêm"},
        "a labelled byline of an ethnic name over related news",
    ),
    Example(
        "Quận tuyên dương chi hội tiêu biểu\n\n" + _BODY + "\n\nHOÀNG LAM\n\n \n\n"
        "page_is_sponsored=\nTIN MỚI",
        {"author": "HOÀNG LAM"},
        "the byline over a template's variable printed as text and a box heading",
    ),
    # -- a national paper's header: menu, section, headline, the writer over the date line ---
    Example(
        "Chính trị Kinh tế Đời sống Liên hệ\nThời sự\n\nTrao bằng khen cho 7 thanh niên tình "
        "nguyện\n\nPhạm Hữu Tâm\nPhạm Hữu Tâm\n03/06/2024 10:12 GMT+7\n\n" + _BODY,
        {"title": "Trao bằng khen cho 7 thanh niên tình nguyện", "author": "Phạm Hữu Tâm"},
        "the menu and the section's label over the headline are the header; the name printed "
        "twice over the date line is the writer",
    ),
    Example(
        "Đoàn thanh niên xã ra quân mùa hè xanh\n\nĐỗ Quyên\n27/06/2022 08:45 GMT+7\n\n" + _BODY,
        {"title": "Đoàn thanh niên xã ra quân mùa hè xanh", "author": "Đỗ Quyên"},
        "a name written once between the headline and the date line",
    ),
    Example(
        "Hội Nông dân huyện trao kỷ niệm chương\n\n" + _BODY + "\n\n Hoài An\n\n\n\n(2) Bình luận\n"
        "Bài liên quan\nNổi bật\nSửa chữa kênh mương nội đồng\nBTO-Sáng 8/5, UBND huyện họp bàn.",
        {"author": "Hoài An"},
        "the writer's name over a comment counter and a related-news box with a teaser",
    ),
    Example(
        "Xã tổng kết phong trào dân vận khéo\n\n" + _BODY + "./. \n\nTin: Trần Kim Oanh\n"
        "Ảnh: Hữu Phước\n\nTệp đính kèm\nTệp đính kèm ; tong ket dan van kheo.docx",
        {"author": "Trần Kim Oanh"},
        "the writer's line over a photo credit and a post's attachment lines",
    ),
    Example(
        "Khen thưởng 40 tập thể, cá nhân có thành tích trong công tác dân vận năm 2023.\n"
        "(BĐN) - Chiều 20/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết.\n" + _BODY,
        {"title": "Khen thưởng 40 tập thể, cá nhân có thành tích trong công tác dân vận năm 2023."},
        "a headline ending with a full stop over a lead that opens with its event's day",
    ),
    Example(
        "Dân vận khéo ở bản vùng cao\n\n" + _BODY + "./. Long An/VOV-Tây Nam Bộ",
        {"author": "Long An", "source": "VOV-Tây Nam Bộ"},
        "a writer whose name is a province's, before a slash and the broadcaster's name",
    ),
    # -- a byline over trailing page furniture (fix-meta8) -------------------------------------
    Example(
        "Hội Cựu chiến binh phường gặp mặt truyền thống\n\n" + _BODY + "\n\nTRẦN MINH KHOA\n\n;\n"
        ".\n.\nLiên kết hữu ích",
        {"author": "TRẦN MINH KHOA"},
        "the writer's name over a footer's link box title",
    ),
    Example(
        "Huyện đoàn ra quân chiến dịch tình nguyện hè\n\n" + _BODY + "\n\nH.Nhung\n\nicn Are you "
        "sure that you want to switch to desktop version?",
        {"author": "H.Nhung"},
        "the writer's initials over a mobile page's switch to the full site",
    ),
    Example(
        "Hội Phụ nữ xã tổng kết mô hình dân vận khéo\n\n" + _BODY + "\n\nTin, ảnh: PHAN NGỌC"
        " LAN\n\nNguồn Bình Định: https://baobinhdinh.vn/thoi-su/hoi-phu-nu-tong-ket.htm\nZalo",
        {"author": "PHAN NGỌC LAN"},
        "the writer over a source line with the story's address and a share button",
    ),
    Example(
        "Ban Dân vận Quận ủy tập huấn nghiệp vụ\n\n" + _BODY + "\n\nQ.H\n\n \n\nBÌNH LUẬN\n\n"
        "Please enter your comment!\nPlease enter your name here\n",
        {"author": "Q.H"},
        "the writer's initials over a comment form (WordPress, in English)",
    ),
    Example(
        "Ban Dân vận Quận ủy tập huấn nghiệp vụ\n\n" + _BODY + "\n\nHoàng Yến\n\nBÌNH LUẬN\n\n"
        "Please enter your comment!\nPlease enter your name here\nYou have entered an incorrect"
        " email address!",
        {"author": "Hoàng Yến"},
        "the writer's full name over a comment form",
    ),
    Example(
        "Hội Phụ nữ xã tọa đàm kỷ niệm ngày thành lập\n\n" + _BODY + "\n\nTác giả: Hà Thị Mai, "
        "Văn phòng Đảng ủy xã",
        {"author": "Hà Thị Mai"},
        "the writer's office after a comma on the byline is not the name",
    ),
    Example(
        "Xã ra mắt mô hình dân vận khéo\n\n" + _BODY + "\n\nNgười viết: Đinh Văn Tú, Công chức "
        "VHXH xã Tân Lập",
        {"author": "Đinh Văn Tú"},
        "a writer's post (Công chức) after a comma",
    ),
    Example(
        "Ủy ban MTTQ huyện tổ chức kỳ họp thường kỳ\n\n" + _BODY + "/.\nTrần\nMinh Châu",
        {"author": "Trần Minh Châu"},
        "a byline the CMS broke after the surname: the surname joins the name under it",
    ),
    Example(
        "Ủy ban MTTQ huyện tổ chức kỳ họp thường kỳ\n\n" + _BODY + "/.\nVõ\nPhạm Thanh Bình",
        {"author": "Phạm Thanh Bình"},
        "a name with its own surname under a lone surname's line keeps its own",
    ),
    Example(
        "Ủy ban MTTQ huyện tổ chức kỳ họp thường kỳ\n\n" + _BODY + "/.\nĐỗ\nTin: Hải Yến",
        {"author": "Hải Yến"},
        "a labelled byline under a lone word is read from its label",
    ),
    # -- end of fix-meta8 ----------------------------------------------------------------------
    # -- kickers, outlets' credits in rarer shapes, bylines typed in lower case (fix-meta10) ----
    Example(
        "Thứ Hai, 14/03/2016\nCựu chiến binh:\n\nPhát huy phẩm chất Bộ đội Cụ Hồ trong thời kỳ "
        "mới\n\nBLC-Chiều 11/3, Hội Cựu chiến binh tỉnh tổ chức hội nghị sơ kết công tác hội "
        "quý I, bàn giải pháp thực hiện các chỉ tiêu thi đua trong năm.\n\n" + _BODY,
        {"title": "Phát huy phẩm chất Bộ đội Cụ Hồ trong thời kỳ mới", "source": "BLC"},
        "a kicker ending in a colon over the headline; an acronym's dash glued to the lead's day",
    ),
    Example(
        "Đoàn viên tình nguyện\n\nHGO-Ngày 9/7, Tỉnh đoàn ra quân chiến dịch tình nguyện hè.",
        {"source": "HGO"},
        "an outlet's acronym glued by its dash to the lead's first word, a day",
    ),
    Example(
        "Xây dựng khối đại đoàn kết ở khu dân cư\n\n" + _BODY + "\n\nBáo Điện Biên Phủ",
        {"source": "Báo Điện Biên Phủ", "author": None},
        "the paper's name alone on the last line: the outlet, no writer",
    ),
    Example(
        "Xây dựng khối đại đoàn kết ở khu dân cư\n\n" + _BODY + "\n\nPhạm Quang Vinh\n\nNguồn"
        " Tiền Phong https://tienphong.vn/xay-dung-khoi-dai-doan-ket-post1234.tpo",
        {"source": "Tiền Phong", "author": "Phạm Quang Vinh"},
        "the writer over a Nguồn line naming the outlet in two words before the address, no colon",
    ),
    Example(
        "Xây dựng khối đại đoàn kết ở khu dân cư\n\n" + _BODY + "\n\nThu Hà\n\nNguồn Bắc Ninh"
        " https://baobacninh.vn/xay-dung-khoi-dai-doan-ket-10234.html",
        {"source": "baobacninh.vn", "author": "Thu Hà"},
        "a province's name before the story's address: the address's domain is the outlet",
    ),
    Example(
        "Hội Nông dân xã ra mắt tổ hợp tác\n\n" + _BODY + "/.\nTrần văn Hải",
        {"author": "Trần văn Hải"},
        "a writer's middle name typed in lower case on the last line",
    ),
    Example(
        "Hội Nông dân xã ra mắt tổ hợp tác\n\n" + _BODY + "\nThanh hòa.",
        {"author": "Thanh hòa"},
        "a two-word name with a lower-case syllable and a full stop on the last line",
    ),
    Example(
        "Hội Nông dân xã ra mắt tổ hợp tác\n\n" + _BODY[:-1] + "…/\n\nLương thảo.",
        {"author": "Lương thảo"},
        "the same under a paragraph closed by an ellipsis and a slash",
    ),
    # -- end of fix-meta10 ---------------------------------------------------------------------
    # -- a share bar between the headline and the date line (fix-meta11: TOOLBAR_LINE_RE) ------
    Example(
        "HỘI NÔNG DÂN XÃ PHÚ LỘC: RA MẮT MÔ HÌNH CHĂN NUÔI BÒ SINH SẢN\n\nRSS In Gởi cho bạn bè\n"
        "14/09/2021 03:40:12 PM\n\n" + _BODY,
        {"title": "HỘI NÔNG DÂN XÃ PHÚ LỘC: RA MẮT MÔ HÌNH CHĂN NUÔI BÒ SINH SẢN"},
        "a feed, a print and a share button (older spelling Gởi) under a headline in capitals",
    ),
    Example(
        "Đoàn Thanh niên phường Hòa Thuận khởi động tháng thanh niên\n\nRSS | In | Gửi cho bạn "
        "bè\n02/03/2019 08:05:00 AM\n\n" + _BODY,
        {"title": "Đoàn Thanh niên phường Hòa Thuận khởi động tháng thanh niên"},
        "the same buttons split by bars under a headline in mixed case",
    ),
    Example(
        "In tài liệu tuyên truyền phát cho bà con vùng biên\n\n07/11/2020 10:20:31 AM\n\n" + _BODY,
        {"title": "In tài liệu tuyên truyền phát cho bà con vùng biên"},
        "a headline opening with the verb In is no toolbar: one button word alone",
    ),
    Example(
        "Chi bộ thôn Đông Hòa sinh hoạt chuyên đề\n\n" + _BODY + "\n\nThực hiện:\n\nPhạm Ngọc "
        "Lan\n\nViết bình luận\n\nXem thêm tin tức",
        {"author": "Phạm Ngọc Lan"},
        "a comment box's button under the writer's name (data/furniture.txt)",
    ),
    Example(
        "Chi bộ thôn Đông Hòa sinh hoạt chuyên đề\n\n" + _BODY + "\n\nVõ Thành Trung\n\nViết "
        "bình luận",
        {"author": "Võ Thành Trung"},
        "the comment box's button as the page's last line",
    ),
    # -- end of fix-meta11 ---------------------------------------------------------------------
]

NEGATIVE: list[Example] = [
    Example(
        "Trao học bổng cho học sinh nghèo\n\n" + _BODY + "\nPhạm Thị Lan\n"
        "(Hội viên nhận quà tại buổi lễ.)",
        note="a bracketed sentence under a name is a caption, not the writer's office",
    ),
    Example(
        "Đoàn công tác thăm Lào\n\nĐoàn công tác thăm cơ sở. Ảnh: Minh Châu/Phóng viên TTXVN "
        "tại Lào\n\n" + _BODY,
        note="the photographer's credit naming the agency's correspondent is no source",
    ),
    Example(
        "Hợp tác giáo dục\n\nTrả lời phóng viên TTXVN tại Hà Nội, ông Khampheng cho biết hai "
        "bên sẽ mở rộng hợp tác.\n\n" + _BODY,
        note="answering the agency's correspondent (an interview) is no credit",
    ),
    Example(
        "Hợp tác giáo dục\n\n"
        + _BODY
        + "\n\n"
        + _BODY.replace("Hội nghị", "Hội thảo")
        + "\n\n"
        + _BODY.replace("Hội nghị", "Buổi làm việc")
        + "\n\nTheo phóng viên TTXVN tại Bắc Kinh, hai bên sẽ mở rộng hợp tác.\n\n"
        + _BODY.replace("Hội nghị", "Cuộc họp"),
        note="the agency's correspondent quoted in a later paragraph is no credit of the story",
    ),
    Example(
        "Dân vận khéo ở bản vùng cao\n\n" + _BODY + "\n\nLong An",
        note="a province's name alone on the last line is no writer (only before /OUTLET)",
    ),
    Example(
        "Đoàn thanh niên xã ra quân mùa hè xanh\n\nĐỗ Quyên\n\n" + _BODY,
        note="a name alone under the headline, with no date line under it, may be a caption's",
    ),
    Example(
        "Hội nghị dân vận\n\n" + _BODY + "\n\nA Lưới",
        note="a district opening with a one-letter word, alone on the last line, is no writer",
    ),
    Example(
        "Hội nghị dân vận\n\n" + _BODY + "\n\nshow_related_box=1",
        note="a template's variable printed as text is no byline",
    ),
    Example(
        "Hội nghị tổng kết\n\n" + _BODY[:-1] + " tại TP. Hồ Chí Minh",
        note="TP. is no sentence's end: the city after it is no writer",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n" + _BODY + " UBND",
        note="an upper-case word glued at the end is no outlet unless Theo names it",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n\n" + _BODY + "\n\nhttp://baogialai.com.vn/a-1.html\n"
        "http://baokontum.com.vn/b-2.html",
        note="a list of links at the end credits no outlet",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n" + _BODY + " Toàn cảnh hội nghị",
        note="a caption glued at the end is not a name",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n" + _BODY[:-1] + " tại TP. Hồ Chí Minh",
        note="a place after an abbreviation's full stop",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n" + _BODY + " Hà Nội",
        note="a place glued at the end",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n" + _BODY + " Ảnh: Tuấn Anh",
        note="a photo credit",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n\n" + _BODY + "\n\n(Ảnh: Hà Nhân).",
        note="a photo credit line",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n" + _BODY + " PV",
        note="'phóng viên' is not a name",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n\n"
        + _BODY
        + "\nPhó chủ tịch, Tổng thư ký Hội Luật gia Lê Minh Tâm.",
        note="a caption that ends with an official's name",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n" + _BODY + " Xem thêm video:",
        note="page furniture glued at the end",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\nOnline - Chiều 14-5, nhân dịp kỷ niệm, đoàn đã đến thăm.",
        note="a truncated outlet word opening the lead",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\nTheo báo cáo tổng kết, trong 5 năm qua các đơn vị đã "
        "phối hợp chặt chẽ.",
        note="'Theo' opening a sentence",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n" + _BODY + " Ông Nguyễn Văn Bình",
        note="an honorific opens it: a caption, not a byline",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n(Ban Dân vận Huyện ủy) - Sáng 12/1, hội nghị diễn ra.",
        note="a body in brackets opening the lead names no outlet",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n\n" + _BODY + "\n\nPV",
        note="'PV' (a reporter) on the last line is no outlet",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n\n" + _BODY + "\n\nTIÊU ĐIỂM\n\nCÁC ĐỀ ÁN\n\nVideo",
        note="upper-case section headings of the page's footer are no writer",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n\n" + _BODY + "\n\nTin khác\n- Xã An Bình ra quân\n- Lê Hoa",
        note="the last item of a related-news list is no writer",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n\n" + _BODY + "\n\nEnglish\n\nTiếng Việt",
        note="a language switch in the footer is no writer",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n\nSơn La - Tây Bắc vào mùa hoa ban, các bản làng rộn ràng "
        "đón khách.",
        note="a place and a dash before a word that is no outlet's acronym credit no outlet",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n\n" + _BODY + "\n\nTrả lời\n\nChia sẻ bài viết",
        note="a comment form's reply button is no writer",
    ),
    Example(
        "Khai mạc Đại hội Mặt trận tỉnh\n\nChính trị - 12/05/2024 08:40\n\n" + _BODY,
        note="a section's name before the stamp is no writer",
    ),
    Example(
        "Khai mạc Đại hội Mặt trận tỉnh\n\nHội nghị tổng kết 12/05/2024\n\n" + _BODY,
        note="a line with a date and no clock time is no byline and stamp",
    ),
    Example(
        "Khai mạc Đại hội Mặt trận tỉnh\n\nTinmoi - Sáng 5/3, đại hội khai mạc.\n\n" + _BODY,
        note="a one-word name with no outlet's ending is no credit",
    ),
    Example(
        "Khai mạc Đại hội Mặt trận tỉnh\n\nĐà Nẵng (ngày 5/3) Sáng nay, đại hội khai mạc.\n\n"
        + _BODY,
        note="a place and a day in brackets name no agency",
    ),
    Example(
        "Khai mạc Đại hội Mặt trận tỉnh\n\nHồng Nhung\n\n" + _BODY,
        note="a name alone under the headline may be a caption: no bar, no share line, no writer",
    ),
    # -- round 6 of page chrome (fix-chrome6) ------------------------------------------------
    Example(
        "Tiêu đề bài viết về dân vận\n\nĐại hội đại biểu Hội Nông dân lần thứ X đã diễn ra tại hội "
        "trường của huyện với 150 đại biểu. Ba Đình",
        note="a district's name after the last sentence of a short paragraph is no writer",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n\n" + _BODY + "\nCác đại biểu tham dự - Ủy\nban nhân dân xã.",
        note="a caption wrapped at an office word is no byline",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n\nCN - 12/05/2024 08:40\n\n" + _BODY,
        note="a weekday's short form before the date is no outlet's acronym",
    ),
    # -- end of round 6 --------------------------------------------------------------------------
    # -- trailing page furniture with no writer above it (fix-meta8) ---------------------------
    Example(
        "Hội Cựu chiến binh phường gặp mặt truyền thống\n\n" + _BODY + "\n\nLiên kết hữu ích\n"
        "Zalo\nFacebook",
        note="a footer's link box and share buttons under the body: no writer, no outlet",
    ),
    Example(
        "Ban Dân vận Quận ủy tập huấn nghiệp vụ\n\n" + _BODY + "\n\nCác đại biểu dự hội nghị tập"
        " huấn.\n\nBÌNH LUẬN\n\nPlease enter your comment!\nPlease enter your name here",
        note="a caption over a comment form is no byline",
    ),
    Example(
        "Huyện đoàn ra quân chiến dịch tình nguyện hè\n\n" + _BODY + "\n\nĐoàn viên ra quân"
        "\n\ntwn Are you sure that you want to switch to desktop version?",
        note="a caption's few words over a mobile page's switch are no writer",
    ),
    Example(
        "Hội Chữ thập đỏ xã thăm hộ nghèo\n\n" + _BODY + "\n\nTrao quà, Hội Chữ thập đỏ xã thăm"
        " hộ nghèo",
        note="a caption's first word before a comma and a body's name is no writer",
    ),
    # -- end of fix-meta8 ----------------------------------------------------------------------
    # -- fix-meta10 ----------------------------------------------------------------------------
    Example(
        "Hội Cựu chiến binh phường gặp mặt truyền thống\n\n" + _BODY + "\n\nTin khác\n\nVĂN BẢN",
        note="a box's tab under a related-news heading is no writer",
    ),
    Example(
        "Hội Cựu chiến binh phường gặp mặt truyền thống\n\n" + _BODY + "\n\nCác tin khác\n\nThư "
        "viện ảnh",
        note="a gallery's label under a related-news heading is no writer",
    ),
    Example(
        "Tiêu đề bài viết về dân vận\n\nASEAN-Nhật Bản thúc đẩy hợp tác về lao động và việc làm"
        " trong năm tới.",
        note="an acronym glued by a dash to a word that is no day credits no outlet",
    ),
    Example(
        "Hội Nông dân xã ra mắt tổ hợp tác\n\n" + _BODY + "\nĐối tượng Thắng.",
        note="a sentence's two nouns and a name, no surname first, is no writer",
    ),
    Example(
        "Hội Nông dân xã ra mắt tổ hợp tác\n\n" + _BODY + "\nThanh hòa",
        note="two words with a lower-case syllable and no full stop are no writer",
    ),
    Example(
        "Hội Nông dân xã ra mắt tổ hợp tác\n\n" + _BODY + "\nTrân trọng.",
        note="a letter's closing formula is no writer",
    ),
    Example(
        "Hội Nông dân xã ra mắt tổ hợp tác\n\n" + _BODY + "\nCòn nữa.",
        note="a serial's 'to be continued' is no writer",
    ),
    Example(
        "Hội Nông dân xã ra mắt tổ hợp tác\n\nCác hộ tham gia tổ hợp tác được hỗ trợ vốn và kỹ "
        "thuật chăn nuôi\nThanh hòa.",
        note="a lower-cased name under a caption, not under a paragraph ending a sentence",
    ),
    # -- end of fix-meta10 ---------------------------------------------------------------------
    # -- fix-meta11 ----------------------------------------------------------------------------
    Example(
        "Chi bộ thôn Đông Hòa sinh hoạt chuyên đề\n\n" + _BODY + "\n\nViết bình luận về những "
        "người tốt việc tốt trong thôn là cách các đoàn viên lan tỏa những việc làm đẹp.",
        note="a body sentence opening with the words of the comment button is no furniture",
    ),
    Example(
        "Chi bộ thôn Đông Hòa sinh hoạt chuyên đề\n\n" + _BODY + "\n\nViết bình luận",
        note="the comment box's button with no name above it: no writer",
    ),
    # -- end of fix-meta11 ---------------------------------------------------------------------
]
