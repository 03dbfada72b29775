"""Example corpus of the statistics extractor (sentences written for it, in the genre's style).

``POSITIVE`` examples list every statistic the text must yield, in order, as
``stat(value, unit, qualifier=..., total=..., value_max=...)`` (a range is the range
item, with ``value_max``, then its upper end as a quantity of its own); ``NEGATIVE``
examples must
yield none. ``tests/test_statistics.py`` runs them all (known gaps as strict xfails).
"""

from __future__ import annotations

from typing import Any

from .._examples import Example

__all__ = ["NEGATIVE", "POSITIVE", "stat"]


def stat(
    value: float,
    unit: str,
    qualifier: str | None = None,
    total: float | None = None,
    value_max: float | None = None,
) -> dict[str, Any]:
    """The expected fields of one statistic."""
    return {
        "value": value,
        "unit": unit,
        "qualifier": qualifier,
        "total": total,
        "value_max": value_max,
    }


POSITIVE: list[Example] = [
    Example(
        "Năm qua, toàn huyện công nhận 8 dòng họ học tập và 140 gia đình học tập tiêu biểu.",
        [stat(8, "dòng họ"), stat(140, "gia đình")],
        note="a clan (dòng họ) is counted by its two words, not by the word after them",
    ),
    Example(
        "Hội Nông dân xã sơ kết quý I\nCập nhật: 14/04/2024\n"
        "Khởi công 3 dự án giao thông trọng điểm ở miền Trung\n"
        "Sáng nay, Hội Nông dân xã sơ kết công tác hội quý I, kết nạp thêm 25 hội viên mới.",
        [stat(3, "dự án"), stat(25, "hội viên")],
        note="a headline-like line under the publication line without a credited lead under it "
        "stays the story's (no related news without that evidence)",
    ),
    Example(
        "Huyện có 19 dân tộc anh em cùng sinh sống và 10 đối tác thương mại.",
        [stat(19, "dân tộc"), stat(10, "đối tác")],
        note="'dân tộc' and 'đối tác' are counted nouns, not 'dân' and a fallback phrase",
    ),
    Example(
        "Cuối tháng 8, 18 người được bổ nhiệm; vào lớp 1, 91 nghìn học sinh đã nhập học.",
        [stat(18, "người"), stat(91, "nghìn học sinh")],
        note="a comma after a date or a name word ends a clause, not a list of names",
    ),
    # counted nouns from the lexicon, Vietnamese thousands
    Example(
        "Toàn huyện hiện có 46 tổ chức cơ sở đảng với 3.218 đảng viên.",
        [stat(46, "tổ chức cơ sở đảng"), stat(3218, "đảng viên")],
    ),
    Example(
        "Các đội công tác đã tổ chức 415 buổi tuyên truyền, thu hút 9.630 lượt người tham gia.",
        [stat(415, "buổi"), stat(9630, "lượt người")],
        note="the unit stops where its noun phrase ends: not 'lượt người tham gia'",
    ),
    Example(
        "Lực lượng biên phòng phát 12.450 tờ rơi và tổ chức 1.320 ca tuần tra.",
        [stat(12450, "tờ rơi"), stat(1320, "ca")],
    ),
    Example(
        "Toàn tỉnh có 27 đội công tác hoạt động tại 8 huyện với 112 thành viên.",
        [stat(27, "đội công tác"), stat(8, "huyện"), stat(112, "thành viên")],
    ),
    Example(
        "Trên địa bàn có 156 khu dân cư đạt chuẩn văn hóa.",
        [stat(156, "khu dân cư")],
    ),
    Example(
        "Ban Chỉ đạo đã vận động 325 hộ đồng bào tham gia mô hình.",
        [stat(325, "hộ đồng bào")],
    ),
    Example(
        "Đoàn đã tiếp xúc 1.204 lượt chức sắc tôn giáo và 865 lượt già làng, người có uy tín.",
        [stat(1204, "lượt chức sắc"), stat(865, "lượt già làng")],
        note="lượt + the noun it counts",
    ),
    Example(
        "Nhân dân đã đóng góp hơn 85.320 ngày công lao động.",
        [stat(85320, "ngày công", "over")],
        note="ngày công is a unit, not a duration",
    ),
    Example(
        "Đoàn công tác đã làm việc với 11 tỉnh, thành phố phía Nam và 7 quận, huyện ven biển.",
        [stat(11, "tỉnh, thành phố"), stat(7, "quận, huyện")],
        note="a unit of two place types joined by a comma is one unit (the lexicon's entry of"
        " several words, looked up as a whole)",
    ),
    # fractions
    Example(
        "Đến nay có 41/62 xã, phường, thị trấn đạt chuẩn an toàn về an ninh trật tự.",
        [stat(41, "xã, phường, thị trấn", total=62)],
    ),
    Example(
        "Đã có 518/604 thôn, buôn xây dựng được quy ước.",
        [stat(518, "thôn, buôn", total=604)],
    ),
    # money and multipliers
    Example(
        "Nhân dân đóng góp hơn 2.036 tỷ đồng để xây dựng nông thôn mới.",
        [stat(2036, "tỷ đồng", "over")],
    ),
    Example(
        "Tổng mức đầu tư dự án là 3.418,25 tỷ đồng (tương đương 141,6 triệu USD).",
        [stat(3418.25, "tỷ đồng"), stat(141.6, "triệu USD")],
    ),
    Example(
        "Tổng tài sản của ngân hàng đạt 96 nghìn tỷ đồng.",
        [stat(96, "nghìn tỷ đồng")],
    ),
    Example(
        "Mỗi hộ được hỗ trợ 35 triệu đồng để làm nhà.",
        [stat(35, "triệu đồng")],
    ),
    Example(
        "Quỹ khuyến học đã trao 1.500.000 đồng cho mỗi em.",
        [stat(1500000, "đồng")],
    ),
    Example(
        "Kim ngạch xuất khẩu ước đạt 820 triệu USD.",
        [stat(820, "triệu USD", "approx")],
    ),
    Example(
        "Năm nay tỉnh đón 4,2 triệu lượt khách du lịch.",
        [stat(4.2, "triệu lượt khách")],
    ),
    Example(
        "Dự kiến đón 12 triệu lượt khách, trong đó khách quốc tế đạt 3 triệu.",
        [stat(12, "triệu lượt khách"), stat(3, "triệu")],
        note="a bare multiplier is the unit when no noun follows",
    ),
    # measures, glued or not
    Example(
        "Người dân đã hiến trên 35.600m2 đất để mở rộng đường.",
        [stat(35600, "m2", "over")],
    ),
    Example(
        "Tuyến đê dài 12,5 km được hoàn thành trong năm.",
        [stat(12.5, "km")],
    ),
    Example(
        "Diện tích trồng rừng mới đạt 1.250 ha.",
        [stat(1250, "ha")],
    ),
    Example(
        "Các nhà thầu đã thi công được 0,52 triệu m3/1,75 triệu m3 cát đắp.",
        [stat(0.52, "triệu m3", total=1.75)],
        note="a same-unit denominator is the total, not a second statistic",
    ),
    Example(
        "Sản lượng lương thực đạt 410.000 tấn.",
        [stat(410000, "tấn")],
    ),
    # percentages
    Example(
        "Tỷ lệ hộ nghèo giảm còn 7,51%.",
        [stat(7.51, "%")],
    ),
    Example(
        "Thu ngân sách tăng 12% so với cùng kỳ, đạt 104,3% kế hoạch.",
        [stat(12, "%"), stat(104.3, "%")],
    ),
    Example(
        "Tốc độ tăng trưởng bình quân đạt 6 - 6,5%/năm.",
        [stat(6, "%", value_max=6.5), stat(6.5, "%")],
    ),
    Example(
        "Tăng trưởng kinh tế ở mức 7,2%.",
        [stat(7.2, "%")],
        note="'mức' before a percentage is not a name",
    ),
    Example(
        "Nợ xấu được giữ ở mức dưới 2%.",
        [stat(2, "%", "under")],
    ),
    # qualifiers
    Example(
        "Có gần 300 đại biểu dự hội nghị.",
        [stat(300, "đại biểu", "under")],
    ),
    Example(
        "Khoảng 1.200 đoàn viên thanh niên tham gia chiến dịch.",
        [stat(1200, "đoàn viên", "approx")],
    ),
    Example(
        "Đã vận động được xấp xỉ 4,6 tỷ đồng.",
        [stat(4.6, "tỷ đồng", "approx")],
    ),
    Example(
        "Có trên 5.000 lượt người dân đến tham quan.",
        [stat(5000, "lượt người", "over")],
    ),
    # ranges
    Example(
        "Doanh thu phấn đấu đạt từ 14.000 đến 16.000 tỷ đồng.",
        [stat(14000, "tỷ đồng", value_max=16000), stat(16000, "tỷ đồng")],
    ),
    Example(
        "Mỗi tổ công tác gồm 5-7 cán bộ.",
        [stat(5, "cán bộ", value_max=7), stat(7, "cán bộ")],
    ),
    # ratios
    Example(
        "Thu nhập bình quân tăng gấp 2,5 lần.",
        [stat(2.5, "lần")],
    ),
    Example(
        "Đơn vị tuyên truyền qua loa truyền thanh được 2.310 lần.",
        [stat(2310, "lần")],
    ),
    # nouns outside the lexicon (fallback)
    Example(
        "Dự án có 4 gói thầu với 18 mũi thi công.",
        [stat(4, "gói thầu"), stat(18, "mũi thi công")],
    ),
    Example(
        "Hội đã cấp 254 thẻ hội viên mới.",
        [stat(254, "thẻ hội viên")],
    ),
    Example(
        "Đoàn đã trao 600 phần quà cho hộ nghèo.",
        [stat(600, "phần quà")],
    ),
    # capitalised organisations as units, phrases that keep a number
    Example(
        "Hội nghị có hơn 150 đại biểu đến từ 48 Hội Luật gia và 31 Chi hội.",
        [stat(150, "đại biểu", "over"), stat(48, "Hội Luật gia"), stat(31, "Chi hội")],
    ),
    Example(
        "Huyện đã chi gần 38 tỷ đồng phục vụ công tác giải phóng mặt bằng.",
        [stat(38, "tỷ đồng", "under")],
        "after a magnitude word đồng is money, even before phục (not đồng phục)",
    ),
    Example(
        "Trong số đại biểu trúng cử, dân tộc thiểu số 4 đại biểu, nữ 7 đại biểu.",
        [stat(4, "đại biểu"), stat(7, "đại biểu")],
        "thiểu số ends a word: no ordinal số N",
    ),
    Example(
        "Toàn xã có 5 Chi đoàn thôn và 2 Trạm y tế đạt chuẩn quốc gia.",
        [stat(5, "Chi đoàn"), stat(2, "Trạm y tế")],
        "the mass organisations' units and health stations, capitalised out of respect",
    ),
    Example(
        "Niên vụ này nông dân trồng tái canh 12 nghìn héc ta cà phê.",
        [stat(12, "nghìn héc ta")],
        "the hectare spelt as two words, after a magnitude word",
    ),
    Example(
        "Ban Chấp hành gồm 25 đồng chí; Ban Thường vụ 9 đồng chí.",
        [stat(25, "đồng chí"), stat(9, "đồng chí")],
    ),
    Example(
        "Ban Chấp hành Hội Cựu chiến binh xã gồm 11 đ/c, trong đó có 3 đ/c nữ.",
        [stat(11, "đ/c"), stat(3, "đ/c")],
        "đ/c (đồng chí written short): the unit is the whole abbreviation, not its đ",
    ),
    Example(
        "Tổng số hội viên là 1.420 người, tổng số 36 chi hội.",
        [stat(1420, "người"), stat(36, "chi hội")],
    ),
    Example(
        "Mỗi ngày 900 lượt khách đến tham quan khu di tích.",
        [stat(900, "lượt khách")],
    ),
    # English thousands after a count noun, decimals after a measure
    Example(
        "Bài viết đã có 4,029 lượt xem.",
        [stat(4029, "lượt xem")],
        note="a count noun cannot be fractional: the comma groups thousands",
    ),
    Example(
        "Lượng mưa đo được 4,029 mm.",
        [stat(4.029, "mm")],
        note="a measure takes decimals: the same digits read 4.029",
    ),
    # a repeated fact is reported once
    Example(
        "Trao 120 triệu đồng cho gia đình anh Sáu\n"
        "Đoàn đã trao số tiền 120 triệu đồng cho gia đình anh Sáu.",
        [stat(120, "triệu đồng")],
    ),
    # dates and award counts around real statistics
    Example(
        "Ngày 12/10, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 5 tập thể, 9 cá nhân; "
        "toàn tỉnh có 64 tổ dân vận.",
        [stat(64, "tổ dân vận")],
    ),
    Example(
        "Giai đoạn 2016-2021, toàn tỉnh đã xây dựng 1.043 mô hình “Dân vận khéo”.",
        [stat(1043, "mô hình")],
    ),
    # known gaps
    Example(
        "Lợi nhuận từ âm 320 tỷ đồng đã tăng lên 45 tỷ đồng.",
        [stat(-320, "tỷ đồng"), stat(45, "tỷ đồng")],
        xfail="a negative sign written as a word (âm) is not read",
    ),
    Example(
        "Dự án khu nhà ở cho cán bộ Bộ Công An 412 căn đã hoàn thành.",
        [stat(412, "căn")],
        xfail="a number right after a capitalised word reads as a name (Sư đoàn 3)",
    ),
    # shares of different things with one value; money in billions and millions
    Example(
        "Có 100% đảng viên đăng ký làm theo, 100% cán bộ được học tập chuyên đề.",
        [stat(100, "%"), stat(100, "%")],
        "two facts that share a value are two statistics",
    ),
    Example(
        "Hội đã giải ngân 2 tỷ 992 triệu đồng cho 120 hộ vay vốn.",
        [stat(2992, "triệu đồng"), stat(120, "hộ")],
        "tỷ and triệu written apart are one sum",
    ),
    Example(
        "Kết nạp hơn 1.000 ĐVTN mới, thành lập 16 TCCS đảng và 30 CLB.",
        [stat(1000, "ĐVTN", "over"), stat(16, "TCCS"), stat(30, "CLB")],
        "upper-case abbreviations counted after a number",
    ),
    Example(
        "Tỷ lệ tiêm chủng nâng lên,98% trẻ em; doanh thu đạt 100,41%KH.",
        [stat(98, "%"), stat(100.41, "%")],
        "a number glued to a comma before it, a percent glued to the word after it",
    ),
    Example(
        "Dự hội nghị có chủ tịch UBND 08 xã, thị trấn; cấp huyện khen 34 hộ.",
        [stat(8, "xã, thị trấn"), stat(34, "hộ")],
        "an upper-case body counting communes, cấp huyện before a count",
    ),
    Example(
        "Diện tích cây công nghiệp dài ngày đạt 40.767 ha; quận có dân số 741.000 người.",
        [stat(40767, "ha"), stat(741000, "người")],
        "dài ngày and dân số are no date and no number",
    ),
    Example(
        "Trường có 32 khoa, phòng, ban; trao 3 giải nhất, 5 giải nhì cho 12 nhà thầu.",
        [
            stat(32, "khoa, phòng, ban"),
            stat(3, "giải nhất"),
            stat(5, "giải nhì"),
            stat(12, "nhà thầu"),
        ],
        "a list of counted nouns as written; prizes and compounds kept whole",
    ),
    Example(
        "Phát 45.301 tờ rơi, tổ chức 2.465 ca tuần tra; tỷ lệ khoảng từ 15% tới trên 30%.",
        [stat(45301, "tờ rơi"), stat(2465, "ca"), stat(15, "%", "approx"), stat(30, "%", "over")],
        "a verb after the comma starts a new clause; qualifiers inside a range",
    ),
    Example(
        "Có 120 đảng viên bị kỷ luật (5 người bị khai trừ, 5 người bị cách chức).",
        [stat(120, "đảng viên"), stat(5, "người"), stat(5, "người")],
        "one sentence naming a value twice: two facts",
    ),
    Example(
        "Toàn huyện có 58 tổ chức cơ sở đảng.\nToàn huyện có 58 tổ chức cơ sở đảng.",
        [stat(58, "tổ chức cơ sở đảng")],
        "the same fact in another sentence (a caption repeating the body): once",
    ),
    Example(
        "Tỉnh hoàn thành sắp xếp 22 Sở, UBND tỉnh có 3 Phó Chủ tịch và đã ban hành 6 Quyết định.",
        [stat(22, "Sở"), stat(3, "Phó Chủ tịch"), stat(6, "Quyết định")],
        "counted nouns written capitalised (data/capitalised_units.txt)",
    ),
    Example(
        "Dịch bệnh có 4 ổ dịch, 19 Tập đoàn tham gia xây 6 cao tốc tại km 150+400 quốc lộ.",
        [stat(4, "ổ dịch"), stat(19, "Tập đoàn"), stat(6, "cao tốc")],
        "units opening with ổ, a capitalised Tập đoàn; a kilometre marker is no count",
    ),
    Example(
        "Dự án có tổng vốn 5 tỉ đồng.\nTrong đó, tỉnh hỗ trợ 5 tỷ đồng từ ngân sách.",
        [stat(5, "tỉ đồng")],
        "one fact spelled tỉ and tỷ (data/multipliers.tsv) is one fact",
    ),
    Example(
        "Kết quả: ông Lê Văn Hùng 30 phiếu tín nhiệm cao, Sư đoàn 3 có 200 chiến sĩ.",
        [stat(30, "phiếu"), stat(200, "chiến sĩ")],
        "a count right after a person's full name is his; after a body's name it is a name",
    ),
    Example(
        "Công an tỉnh điều 40 xe chuyên dụng hỗ trợ; báo cáo nêu 2 thông tin chính.",
        [stat(40, "xe"), stat(2, "thông tin")],
        "điều as a verb (to send) before a count; thông tin is one unit, not thông",
    ),
    Example(
        "Thành phố mở thêm 3 văn phòng đại diện và 6 bến xe khách.",
        [stat(3, "văn phòng"), stat(6, "bến xe")],
        "an unknown first syllable and a unit word make one two-syllable noun (not 'văn')",
    ),
    Example(
        "Công an rà soát 17 “điểm đen” tai nạn, chia theo 3 mức độ nguy hiểm.",
        [stat(17, "điểm"), stat(3, "mức độ")],
        "a counted noun in quotation marks; mức độ is counted",
    ),
    Example(
        "Dự án nạo vét 1 triệu m 3 bùn, thu hồi 26.500m 2 đất.",
        [stat(1, "triệu m"), stat(26500, "m")],
        "a square or cubic metre written apart: the 2 or 3 is the unit's, no count of đất",
    ),
    Example(
        "Có 6 trong 7 phương án bị loại; Hòa Bình là 1 trong 3 xã đạt chuẩn; có 3 Bộ tham gia.",
        [stat(6, "phương án", total=7), stat(3, "xã"), stat(3, "Bộ")],
        "A trong B: a part and its whole; 1 trong B (one of B) counts the B; Bộ capitalised",
    ),
    Example(
        "Thành phố có 24 UBND quận, huyện và 5 chi cục thuế tham gia.",
        [stat(24, "UBND"), stat(5, "chi cục")],
        "UBND written capitalised is counted; chi cục is a counted noun",
    ),
    Example(
        "Bộ luật được Quốc hội xem xét qua 3 kỳ họp và đề ra 6 cơ chế giám sát.",
        [stat(3, "kỳ họp"), stat(6, "cơ chế")],
        note="sessions (not kỳ, a term) and mechanisms are counted",
    ),
    Example(
        "Số hội viên mới: huyện Ea Súp 96 người; huyện Krông Bông 74 người; TP Buôn Ma Thuột 81 "
        "người.",
        [stat(96, "người"), stat(74, "người"), stat(81, "người")],
        note="a number after a place's name counts something of the place's",
    ),
    Example(
        "Qua kiểm tra, tỉnh đã xử lý kỷ luật 14 cá nhân và 3 tập thể có sai phạm.",
        [stat(14, "cá nhân"), stat(3, "tập thể")],
        note="cá nhân and tập thể counted with no award in their sentence are statistics",
    ),
    Example(
        "Huyện có 24 Liên đội trường học tham gia, với hơn 3.500 Đội viên.",
        [stat(24, "Liên đội"), stat(3500, "Đội viên", "over")],
        note="Liên đội and Đội viên written capitalised are counted",
    ),
    Example(
        "Câu lạc bộ thu hút 312 Cựu quân nhân tham gia; 48/97 Mặt trận cấp xã xếp loại tốt.",
        [stat(312, "Cựu quân nhân"), stat(48, "Mặt trận", total=97)],
        note="Cựu quân nhân and Mặt trận written capitalised are counted",
    ),
    Example(
        "Số hộ cận nghèo đã giảm từ 412 xuống còn 236 hộ; thu nhập tăng từ 38 lên 45 triệu đồng.",
        [
            stat(412, "hộ"),
            stat(236, "hộ"),
            stat(38, "triệu đồng"),
            stat(45, "triệu đồng"),
        ],
        note="the number a change starts from counts what the number it ends at counts",
    ),
    Example(
        "Dự hội nghị có đại diện Ủy ban MTTQ Việt Nam 07 xã trong cụm thi đua.",
        [stat(7, "xã")],
        note="a body ending in Việt Nam before a number of communes counts them",
    ),
    Example(
        "Năm qua có 1.250 hộ đăng ký gia đình “5 không, 3 sạch”, 36 chi hội đạt “4 an toàn”.",
        [stat(1250, "hộ"), stat(36, "chi hội")],
        note="the counts of those who took up a slogan stay; the slogan's numbers are none",
    ),
    Example(
        "Lực lượng dân quân có 4 an ninh viên và 12 chiến sĩ trực tại xã.",
        [stat(4, "an ninh viên"), stat(12, "chiến sĩ")],
        note="a counted noun that only starts like a slogan word (an) is still counted",
    ),
    Example(
        "Ủy ban MTTQ xã Tân Lập trao 03 Nhà Đại đoàn kết và 2 Nhà tình nghĩa cho hộ khó khăn.",
        [stat(3, "Nhà Đại đoàn kết"), stat(2, "Nhà tình nghĩa")],
        note="houses for the poor written capitalised, out of respect, are still counted",
    ),
    Example(
        "HUYỆN KHỞI CÔNG 15 NHÀ ĐẠI ĐOÀN KẾT VÀ TRAO 120 SUẤT HỌC BỔNG",
        [stat(15, "NHÀ ĐẠI ĐOÀN KẾT"), stat(120, "suất học bổng")],
        note="a headline in capitals: its counted nouns are read in lower case, and its "
        "capitalised words mark no name",
    ),
    Example(
        "Dự buổi tiếp xúc có Bí thư chi bộ, khu phố Trưởng 07 khu phố và Chủ Tịch 04 phường.",
        [stat(7, "khu phố"), stat(4, "phường")],
        note="a title right before a number heads that many units: no name",
    ),
    Example(
        "Chi bộ thôn Đông Hòa có 27 Đ/c đảng viên, trong đó 9 Đ/C là cựu chiến binh.",
        [stat(27, "Đ/c"), stat(9, "Đ/C")],
        note="đ/c (đồng chí) written capitalised is still a count of comrades",
    ),
    Example(
        "Qua 5 kỳ đại hội, Hội góp ý 212 dự thảo văn bản; đề án lập 2 đặc khu được thông qua; "
        "bị can cùng 6 đồng phạm bị bắt.",
        [stat(5, "kỳ đại hội"), stat(212, "dự thảo"), stat(2, "đặc khu"), stat(6, "đồng phạm")],
        note="counted nouns that open like a duration (kỳ), a stop word (dự), a name word "
        "(khu) or money (đồng)",
    ),
]

NEGATIVE: list[Example] = [
    Example(
        "Xếp hạng của huyện tăng từ 12 lên 7 trong năm qua.",
        note="a change between two numbers that count nothing",
    ),
    Example(
        "Hội Nông dân xã sơ kết quý I\n\nĐăng lúc: 09:12:40 14/04/2024 (GMT+7)\n80%\n\n"
        "Sáng nay, Hội Nông dân xã tổ chức sơ kết công tác hội quý I.",
        note="a percentage alone under the publication line is the page's zoom widget",
    ),
    Example(
        "Hội Nông dân xã sơ kết quý I\n• Cập nhật: 14/04/2024\n• Lượt xem: 4410 lượt xem\n"
        "Sáng nay, Hội Nông dân xã tổ chức sơ kết công tác hội quý I.",
        note="the view counter's meta line gives no statistic (lượt xem after its label)",
    ),
    Example(
        "Thủ tướng dự lễ trao Huy hiệu Đảng\nCập nhật: 14/04/2024\n"
        "Khởi công 3 dự án giao thông trọng điểm ở miền Trung\n"
        "Tỉnh đón 2 triệu lượt khách du lịch trong quý đầu năm\n"
        "(TTV) - Sáng nay, Đảng bộ cơ quan tổ chức lễ trao Huy hiệu Đảng cho các đảng viên "
        "lão thành, đúng dịp kỷ niệm ngày thành lập Đảng bộ.",
        note="headlines of other stories between the publication line and the credited lead",
    ),
    Example(
        "Từ tháng 9, học sinh các khối lớp 1, 2, 3 uống sữa miễn phí; nhánh 2 rẽ vào cảng.",
        note="numbers listed after a name word (lớp 1, 2, 3; nhánh 2) are names, not counts",
    ),
    Example(
        "Huyện ủy họp phiên thường kỳ\nHội nghị đã thống nhất các nội dung đề ra và giao các "
        "đơn vị triển khai ngay trong tháng tới. Xem thêm: Huyện có thêm 5 xã đạt chuẩn",
        note="a related-news link glued to the body's end is furniture",
    ),
    Example(
        "Tuyến đường cấp 3 đồng bằng được nâng cấp.",
        note="đồng bằng (the plain) is no money",
    ),
    Example(
        "Khi dịch Covid -19 bùng phát, chợ đóng cửa.",
        note="a dash glued to the number after a name: Covid -19 is a name",
    ),
    Example(
        "Học sinh lớp 12 Trường THPT Nguyễn Du đạt giải nhất cuộc thi.",
        note="a capitalised word after a number starts a name, unless a listed counted noun",
    ),
    Example("Ngày 23/11, Ban Dân vận Tỉnh ủy tổ chức hội nghị.", note="a date"),
    Example("Sáng 30/9/2020, hội nghị giao ban được tổ chức.", note="a date with a year"),
    Example("Hội nghị tổng kết giai đoạn 2017-2022 diễn ra tại hội trường.", note="a period"),
    Example("Chú trọng xây dựng chương trình công tác năm 2021.", note="a year"),
    Example("Triển khai nhiệm vụ 3 tháng cuối năm 2020.", note="a duration and a year"),
    Example("Qua 5 năm hoạt động, các đội công tác đã phát huy vai trò.", note="a duration"),
    Example("Kết quả đạt được trong 15 năm qua rất đáng khích lệ.", note="a duration"),
    Example("Ông năm nay 68 tuổi, có 40 năm tuổi Đảng.", note="an age"),
    Example("Lễ kỷ niệm 87 năm ngày truyền thống ngành dân vận.", note="an anniversary"),
    Example("Tỉnh long trọng kỷ niệm 50 năm Ngày giải phóng.", note="an anniversary"),
    Example("Đại hội đại biểu toàn quốc lần thứ 10 thành công tốt đẹp.", note="an ordinal"),
    Example("Thực hiện Nghị quyết 35 của Bộ Chính trị về bảo vệ nền tảng tư tưởng.", note="a name"),
    Example(
        "Bị can bị khởi tố theo điều 229 bộ luật Hình sự; điều 4 nghị định 86 quy định mức phạt.",
        note="điều N before a law: an article's number, not a count of bộ or nghị định",
    ),
    Example(
        "Ngay sau Hội nghị Trung ương 14 kết thúc, Hội nghị Trung ương 6 diễn ra; theo Điều "
        "263 Bộ luật Hình sự.",
        note="a conference's number before kết thúc, diễn ra; an article before Bộ luật",
    ),
    Example(
        "Tại Hội nghị Trung ương 7 hồi tháng 5, Trung ương đã thông qua. Hi vọng 2019 UBND "
        "điều hành mạnh mẽ hơn.",
        note="hồi (back in) after a number is no unit; a year before a capitalised word is a year",
    ),
    Example(
        "Thị xã là một trong 10 điểm đến hấp dẫn nhất khu vực; xe 3 bánh bị cấm lưu thông.",
        note="the whole of a ranking (một trong 10 ... nhất) and a vehicle's type (xe 3 bánh)",
    ),
    Example(
        "Áp thấp ở khoảng 7,5 độ vĩ Bắc và 126 độ kinh Đông; mỗi người góp 1 phần công sức.",
        note="a position on a map is no quantity; góp 1 phần công sức is a share",
    ),
    Example(
        "Huyện đã phổ biến 1 số chủ trương mới; khu 4 rà soát lại hiện trạng theo quy hoạch "
        "phân khu tỉ lệ 1/2.000 khu dân cư.",
        note="1 số is 'some'; khu 4 is a unit's name; tỉ lệ 1/2.000 is a map's scale",
    ),
    Example(
        "Kiểm toán Nhà nước khu vực 3 kết luận sai phạm tại khu nghỉ dưỡng 5 sao.",
        note="a region's number (khu vực 3) and a star rating (5 sao) are no counts",
    ),
    Example(
        "Thành phố thực hiện kế hoạch (bao gồm Ban chỉ đạo 319 thành phố) từ đầu năm.",
        note="Ban chỉ đạo 319: a committee's name",
    ),
    Example("Căn cứ Quyết định số 1034/QĐ-UBND của UBND tỉnh.", note="a document number"),
    Example("Vụ tai nạn xảy ra trên Quốc lộ 1A đoạn qua huyện.", note="a road name"),
    Example("Các cựu chiến binh Sư đoàn 3 Sao Vàng dự buổi gặp mặt.", note="a unit name"),
    Example("Công tác phòng, chống dịch Covid-19 được triển khai.", note="a disease name"),
    Example("Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 12 tập thể và 13 cá nhân.", note="awards"),
    Example("Có 30 tập thể, cá nhân được biểu dương tại hội nghị.", note="award recipients"),
    Example("Mọi thắc mắc xin liên hệ số điện thoại 0912.345.678.", note="a phone number"),
    Example("Hội nghị bắt đầu lúc 7h30 và kết thúc lúc 11:30.", note="times"),
    Example("Thực hiện Chỉ thị 05-CT/TW về học tập và làm theo Bác.", note="a code"),
    Example("Dự án đường Vành đai 4-Vùng Thủ đô được khởi công.", note="a road name"),
    Example("Tăng trưởng hai con số là mục tiêu của tỉnh.", note="numbers in words"),
    Example("Nhân kỷ niệm ngày thành lập (15-10-1930 - 15-10-2020), tỉnh tổ chức mít tinh."),
    Example("Ngân hàng tự động hoạt động 24/7, phục vụ khách hàng.", note="24/7 is not 24 of 7"),
    Example("Khởi công dự án vào tháng 10/2025.", note="a month and year"),
    Example("Công nghệ 4.0 đang thay đổi cách làm việc.", note="a version number"),
    Example("Tham dự có các đại biểu Quân khu 5, Bộ Chỉ huy Quân sự tỉnh.", note="a name"),
    Example("Ông sinh năm 1958, vào Đảng ngày 16/2/1987.", note="dates"),
    Example("Thăm các hộ dân ở tổ dân phố 7 và khu phố 3.", note="place numbers"),
    Example(
        "Hưởng ứng cuộc vận động “Xây dựng gia đình 5 không, 3 sạch” của Hội.",
        note="numbers inside a campaign's quoted name",
    ),
    Example(
        "Chị em phụ nữ thôn Phú Lễ giữ gìn nếp nhà “5 không, 3 sạch”, đường quê 2 xanh.",
        note="a number before a slogan word (sạch, xanh) names a movement, no count",
    ),
    Example(
        "Chi đoàn phát động “3 giảm” rồi “4 an toàn”; thanh niên thi đua “2 giỏi”, "
        "“3 sẵn sàng”, 5 xung kích.",
        note="slogans quoted one by one, with no campaign word before each quotation",
    ),
    Example(
        "ĐẠI HỘI CHI BỘ KHU PHỐ 5 NHIỆM KỲ 2025-2030; QUÂN KHU 7 TRAO 2024 PHẦN QUÀ",
        note="a headline in capitals: names (khu phố 5, Quân khu 7) and a year stay no count",
    ),
    Example(
        "Năm 2020 Nhà nước hỗ trợ kinh phí; ông sống ở quận 7, Nhà Bè.",
        note="a capitalised Nhà after a number opens a name, not a counted house",
    ),
    Example(
        "Đơn vị nhận 6 Đ/N chuyển từ kho; đoạn 3 Đ/T đã thông xe.",
        note="capital letters around a slash that make no listed unit count nothing",
    ),
    Example(
        "Điều 45 dự thảo quy định rõ; khoản 2 Điều 9 dự thảo Luật được chỉnh lý.",
        note="an article of a draft law (điều N dự thảo) is a number, not a count of drafts",
    ),
    Example(
        "Khai hội sáng mùng 10 âm lịch tại chùa Trình.",
        note="a lunar date",
    ),
    Example(
        "Rừng bị phá tại khoảnh 9 tiểu khu 1664.",
        note="land plots named by numbers",
    ),
    Example(
        "Ban hành 12 QĐ và 3 NQ của Ban Thường vụ.",
        note="document codes after a number are no counted thing",
    ),
    Example(
        "Lãnh đạo các hội trong Cụm thi đua 4 ký giao ước thi đua năm 2024.",
        note="an emulation cluster's number is its name",
    ),
    Example(
        "Nhà máy điện gió Bình Định 2 đặt tại xã ven biển.",
        note="a place's name, then a code and a free word: the name of a thing",
    ),
    Example(
        "Qua bình xét, hội nghị chọn được 04 tập thể, 06 cá nhân có thành tích xuất sắc.",
        note="tập thể and cá nhân chosen for their achievements are an award's recipients",
    ),
]
