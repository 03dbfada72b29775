"""Example corpus of the awards extractor (sentences written for it, in the genre's style).

``POSITIVE`` examples list every award the text must yield, in order, as
``award(form, issuer, collectives=..., individuals=..., total=...)`` (plus ``mentions=n``
when captions repeat it, ``reason=...`` when it is checked); ``NEGATIVE`` examples must
yield none. ``tests/test_awards.py`` runs them all (known gaps as strict xfails).
"""

from __future__ import annotations

from typing import Any

from .._examples import Example

__all__ = ["NEGATIVE", "POSITIVE", "award"]


def award(
    form: str,
    issuer: str | None = None,
    collectives: int | None = None,
    individuals: int | None = None,
    total: int | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """The expected fields of one award (``mentions`` and ``reason`` only when given)."""
    return {
        "form": form,
        "issuer": issuer,
        "collectives": collectives,
        "individuals": individuals,
        "total": total,
        **extra,
    }


POSITIVE: list[Example] = [
    # ISSUER (đã) tặng FORM cho COUNTS
    Example(
        "Nhân dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 8 tập thể, 21 cá nhân có thành "
        "tích xuất sắc trong phong trào thi đua “Dân vận khéo”.",
        [
            award(
                "Giấy khen",
                "Ban Dân vận Tỉnh ủy",
                8,
                21,
                reason="có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo”",
            )
        ],
    ),
    Example(
        "Tại hội nghị, Ban Thường vụ Huyện ủy đã tặng Bằng khen cho 7 tập thể và 16 cá nhân.",
        [award("Bằng khen", "Ban Thường vụ Huyện ủy", 7, 16)],
    ),
    Example(
        "Ban Tuyên giáo Tỉnh ủy đã trao tặng Giấy khen cho 6 tập thể cùng 10 cá nhân.",
        [award("Giấy khen", "Ban Tuyên giáo Tỉnh ủy", 6, 10)],
        note="counts joined with 'cùng'",
    ),
    Example(
        "Nhân dịp này, Huyện ủy tặng Giấy khen cho 4 tập thể, 11 cá nhận vì đã có nhiều đóng góp.",
        [award("Giấy khen", "Huyện ủy", 4, 11, reason="vì đã có nhiều đóng góp")],
        note="the typo 'cá nhận'",
    ),
    Example(
        "Dịp này, Chủ tịch UBND tỉnh đã tặng Bằng khen cho 6 tập thể và 14 cá nhân.",
        [award("Bằng khen", "Chủ tịch UBND tỉnh", 6, 14)],
    ),
    Example(
        "UBND tỉnh tặng Cờ thi đua cho 5 đơn vị dẫn đầu phong trào thi đua.",
        [award("Cờ thi đua", "UBND tỉnh", 5)],
        note="đơn vị are collectives",
    ),
    Example(
        "Hội Liên hiệp Phụ nữ tỉnh trao Giấy khen cho 40 hội viên tiêu biểu.",
        [award("Giấy khen", "Hội Liên hiệp Phụ nữ tỉnh", individuals=40)],
        note="hội viên are individuals",
    ),
    Example(
        "UBND tỉnh tặng 28 Bằng khen cho tập thể và cá nhân.",
        [award("Bằng khen", "UBND tỉnh", total=28)],
        note="a number before the form is a total",
    ),
    # FORM của ISSUER, FORM do ISSUER trao tặng
    Example(
        "Trao Bằng khen của Thủ tướng Chính phủ cho 3 tập thể có thành tích xuất sắc.",
        [award("Bằng khen", "Thủ tướng Chính phủ", 3)],
    ),
    Example(
        "Trao Giấy khen của Ban Dân vận Huyện ủy cho các tập thể và cá nhân có thành tích "
        "xuất sắc.",
        [award("Giấy khen", "Ban Dân vận Huyện ủy")],
        note="recipients without a number: no counts",
    ),
    Example(
        "Tỉnh long trọng đón nhận Huân chương Độc lập hạng Nhất do Đảng và Nhà nước trao tặng.",
        [award("Huân chương Độc lập hạng Nhất", "Đảng và Nhà nước")],
    ),
    Example(
        "Chủ tịch Hội đã ký Quyết định tặng Cờ thi đua của Hội Nông dân Việt Nam cho 9 tập thể.",
        [award("Cờ thi đua", "Hội Nông dân Việt Nam", 9)],
    ),
    # được ISSUER tặng FORM, COUNTS ... nhận FORM
    Example(
        "Tại hội nghị, 10 tập thể và 25 cá nhân được Ban Thường vụ Tỉnh ủy tặng Bằng khen vì đã "
        "có thành tích xuất sắc.",
        [award("Bằng khen", "Ban Thường vụ Tỉnh ủy", 10, 25)],
    ),
    Example(
        "Dịp này, 64 tập thể, cá nhân nhận Bằng khen của Bộ Giáo dục và Đào tạo.",
        [award("Bằng khen", "Bộ Giáo dục và Đào tạo", total=64)],
        note="one total for both kinds",
    ),
    Example(
        "Năm nay, 96 tập thể và 118 cá nhân tiêu biểu được Chủ tịch UBND thành phố công nhận "
        "gương điển hình tiên tiến.",
        [award("gương điển hình tiên tiến", "Chủ tịch UBND thành phố", 96, 118)],
    ),
    Example(
        "Bộ Công an cũng khen thưởng 15 cá nhân ngoài ngành Kỷ niệm chương Vì an ninh Tổ quốc.",
        [award("Kỷ niệm chương Vì an ninh Tổ quốc", "Bộ Công an", individuals=15)],
    ),
    # awards to one named recipient
    Example(
        "Công ty Cấp nước tỉnh đón nhận Huân chương Lao động hạng Ba.",
        [award("Huân chương Lao động hạng Ba")],
    ),
    Example(
        "Huyện tặng danh hiệu Lao động tiên tiến cho 1.780 cá nhân và Tập thể lao động tiên tiến "
        "cho 88 tập thể.",
        [
            award("danh hiệu Lao động tiên tiến", individuals=1780),
            award("Tập thể lao động tiên tiến", collectives=88),
        ],
        note="a second emulation title after và, with its own count: two awards",
    ),
    Example(
        "Dịp này, 18 đồng chí được trao tặng huy hiệu đảng; huyện khen thưởng 20 tập thể xuất "
        "sắc, 3 cá nhân.",
        [award("huy hiệu đảng", individuals=18), award("khen thưởng", None, 20, 3)],
        note="a Party badge written in lower case; recipients praised between two counts",
    ),
    Example(
        "Ban Thường vụ Huyện ủy quyết định biểu dương, khen thưởng cho 8 tập thể và 10 cá nhân.",
        [award("khen thưởng", "Ban Thường vụ Huyện ủy", 8, 10)],
        note="two verbs naming one award: reported as khen thưởng",
    ),
    Example(
        "Cựu chiến binh Lê Văn Tám được tặng Huân chương Kháng chiến chống Mỹ hạng Nhì.",
        [award("Huân chương Kháng chiến chống Mỹ hạng Nhì")],
        note="the war a resistance order was given for is part of its name",
    ),
    Example(
        "Ông đã được Nhà nước phong tặng danh hiệu Anh hùng Lao động.",
        [award("danh hiệu Anh hùng Lao động", "Nhà nước")],
    ),
    Example(
        "Bộ Quốc phòng tặng Kỷ niệm chương “Vì sự nghiệp xây dựng Quân đội nhân dân” cho 12 "
        "cá nhân.",
        [
            award(
                "Kỷ niệm chương",
                "Bộ Quốc phòng",
                None,
                12,
                name="Vì sự nghiệp xây dựng Quân đội nhân dân",
            )
        ],
    ),
    Example(
        "Tỉnh đoàn tặng huy hiệu “Tuổi trẻ sáng tạo” cho 4 đoàn viên.",
        [award("huy hiệu Tuổi trẻ sáng tạo", "Tỉnh đoàn", individuals=4)],
    ),
    Example(
        "Trung ương Đoàn tặng Huy chương Vì thế hệ trẻ cho 3 cá nhân.",
        [award("Huy chương Vì thế hệ trẻ", "Trung ương Đoàn", individuals=3)],
    ),
    Example(
        "Đảng ủy xã tổ chức lễ trao Huy hiệu 40 năm tuổi Đảng cho 5 đảng viên.",
        [award("Huy hiệu 40 năm tuổi Đảng", individuals=5)],
        note="the organiser of the ceremony is not the issuer",
    ),
    # who presents it is not always who grants it
    Example(
        "Thay mặt lãnh đạo Đảng và Nhà nước, đồng chí Nguyễn Văn Nam trao Huân chương Lao động "
        "hạng Nhì cho Hội Nông dân tỉnh.",
        [award("Huân chương Lao động hạng Nhì", "lãnh đạo Đảng và Nhà nước")],
    ),
    Example(
        "Phó Chủ tịch UBND tỉnh Trần Văn Bình tặng Bằng khen cho Công ty.",
        [award("Bằng khen", "Phó Chủ tịch UBND tỉnh")],
        note="a title whose holder is named: the name is not part of the issuer",
    ),
    # the presenter is not the issuer
    Example(
        "Phó Thủ tướng Trần Văn Bình trao Huân chương Lao động hạng Ba cho Công ty.",
        [award("Huân chương Lao động hạng Ba")],
        note="a titled person after trao hands the award over: the issuer is not stated",
    ),
    Example(
        "Phó Bí thư Tỉnh ủy Lê Thị Mai trao Huân chương Lao động hạng Nhì của Chủ tịch nước "
        "cho Hội Nông dân tỉnh.",
        [award("Huân chương Lao động hạng Nhì", "Chủ tịch nước")],
        note="the presenter gives way to FORM của ISSUER",
    ),
    Example(
        "Xã Tân Phú vinh dự nhận Bằng khen của Đảng, Nhà nước vì thành tích trong kháng chiến.",
        [award("Bằng khen", "Đảng, Nhà nước")],
        note="Đảng, Nhà nước is one issuer, not cut at the comma",
    ),
    # one award per decision: captions and the body sentence
    Example(
        "Tặng Bằng khen cho 9 tập thể có thành tích xuất sắc\n"
        "Tặng Bằng khen cho 11 cá nhân có thành tích xuất sắc\n"
        "Nhân dịp này, Ban Thường vụ Huyện ủy đã tặng Bằng khen cho 9 tập thể và 11 cá nhân.",
        [award("Bằng khen", "Ban Thường vụ Huyện ủy", 9, 11, mentions=2)],
    ),
    Example(
        "Công ty đón nhận huân chương lao động hạng Ba của Chủ tịch nước. Thay mặt Đảng và Nhà "
        "nước, đồng chí Lê Văn Hòa trao tặng Huân chương Lao động hạng Ba cho Công ty.",
        [award("huân chương lao động hạng Ba", "Chủ tịch nước", mentions=1)],
    ),
    # different issuers or counts: different awards
    Example(
        "Ông được Thủ tướng Chính phủ tặng Bằng khen; được UBND tỉnh tặng nhiều Bằng khen, "
        "Giấy khen.",
        [
            award("Bằng khen", "Thủ tướng Chính phủ"),
            award("Bằng khen", "UBND tỉnh"),
            award("Giấy khen", "UBND tỉnh"),
        ],
        note="past history; a listed form shares the issuer",
    ),
    Example(
        "Chủ tịch Hội đã tặng Cờ thi đua cho 9 tập thể; tặng Bằng khen của Chủ tịch Hội cho 45 "
        "tập thể và 120 cá nhân.",
        [
            award("Cờ thi đua", "Chủ tịch Hội", 9),
            award("Bằng khen", "Chủ tịch Hội", 45, 120),
        ],
    ),
    # a proposal word in the clause does not undo a real decision
    Example(
        "Theo đề nghị của Sở Nội vụ, Chủ tịch UBND tỉnh tặng Bằng khen cho 14 tập thể và 22 "
        "cá nhân.",
        [award("Bằng khen", "Chủ tịch UBND tỉnh", 14, 22)],
        note="theo đề nghị của ... is the wording of a decision, not a proposal",
    ),
    Example(
        "Tại lễ trao, Ban Thường vụ Huyện ủy đã trao Giấy khen cho 7 tập thể được đề nghị "
        "xét tặng.",
        [award("Giấy khen", "Ban Thường vụ Huyện ủy", 7)],
        note="a completed act (lễ trao, đã trao) keeps the award",
    ),
    # more recipient nouns
    Example(
        "Nhân dịp này, Chủ tịch nước truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 45 mẹ.",
        [award("danh hiệu Bà mẹ Việt Nam anh hùng", "Chủ tịch nước", individuals=45)],
        note="mẹ are individuals",
    ),
    Example(
        "Huyện đoàn tặng Giấy khen cho 9 chi đoàn và 36 học sinh có thành tích tốt.",
        [award("Giấy khen", "Huyện đoàn", 9, 36)],
    ),
    # forms with a digit class or a longer name of their own
    Example(
        "Dịp này, bà Trần Thị Lệ (xã Phước An) được nhận Huân chương Lao động hạng 2.",
        [award("Huân chương Lao động hạng 2")],
        note="the class written as a digit",
    ),
    Example(
        "Hợp tác xã đón nhận Huân chương Lao động hạng Ba của Chủ tịch nước.\n\nLãnh đạo tỉnh "
        "trao Huân chương Lao động hạng 3 cho Hợp tác xã - Ảnh: Minh Thư",
        [award("Huân chương Lao động hạng Ba", "Chủ tịch nước", mentions=1)],
        note="the class as a word and as a digit: one award",
    ),
    Example(
        "Năm 2021, Hội Nông dân tỉnh được Ủy ban Trung ương MTTQ Việt Nam tặng Cờ thi đua xuất "
        "sắc toàn diện.",
        [award("Cờ thi đua xuất sắc toàn diện", "Ủy ban Trung ương MTTQ Việt Nam")],
        note="the flag's full name, not cut at 'xuất sắc'",
    ),
    Example(
        "Ban Chấp hành Hội Nông dân tỉnh tặng cờ dẫn đầu phong trào thi đua cho Hội Nông dân "
        "huyện Tuy Phước; tặng giấy khen cho 4 tập thể và 17 cá nhân.",
        [
            award("cờ dẫn đầu phong trào thi đua", "Ban Chấp hành Hội Nông dân tỉnh"),
            award("giấy khen", "Ban Chấp hành Hội Nông dân tỉnh", 4, 17),
        ],
        note="a flag named by what it rewards, lower case; the next clause shares its issuer",
    ),
    Example(
        "Nhân dịp này, Trung ương Hội Cựu chiến binh trao tặng khen thưởng cấp Nhà nước đến 2 "
        "tập thể, 7 cá nhân có thành tích xuất sắc.",
        [award("khen thưởng", "Trung ương Hội Cựu chiến binh", 2, 7)],
        note="a level (cấp Nhà nước) after the verb, recipients after 'đến'",
    ),
    Example(
        "Huyện đoàn đã khen thưởng cấp huyện cho 6 chi đoàn và 12 đoàn viên.",
        [award("khen thưởng", "Huyện đoàn", 6, 12)],
        note="a level (cấp huyện) before 'cho'",
    ),
    # umbrellas: what sums up the awards is not an award of its own (awards.umbrella,
    # awards.party-badge-umbrella)
    Example(
        "Tại hội nghị, Ban Thường vụ Hội Cựu chiến binh tỉnh quyết định khen thưởng cho các tập "
        "thể, cá nhân có thành tích xuất sắc. Cụ thể: 9 đơn vị được nhận Cờ thi đua của Hội Cựu "
        "chiến binh tỉnh; 4 tập thể và 11 cá nhân được nhận Giấy khen.",
        [
            award("Cờ thi đua", "Hội Cựu chiến binh tỉnh", 9),
            award("Giấy khen", "Ban Thường vụ Hội Cựu chiến binh tỉnh", 4, 11),
        ],
        note="a decision with no count before its items; an item naming no issuer takes its",
    ),
    Example(
        "Tại lễ trao Huy hiệu Đảng, đồng chí Hà Văn Minh, Bí thư Huyện ủy đã trao Huy hiệu 45 "
        "năm tuổi Đảng cho đồng chí Lò Văn Sáu.",
        [award("Huy hiệu 45 năm tuổi Đảng")],
        note="the ceremony's name is not an award beside the graded badge",
    ),
    Example(
        "Thay mặt các đảng viên được nhận huy hiệu vinh dự của Đảng, đồng chí Vi Văn Lâm bày tỏ "
        "niềm tự hào. Đồng chí Lâm được trao Huy hiệu 50 năm tuổi Đảng.",
        [award("Huy hiệu 50 năm tuổi Đảng")],
        note="the Party badge spoken of in general, with a graded badge reported",
    ),
    Example(
        "Đợt này, Huyện ủy trao Huy hiệu Đảng cho 46 đảng viên, trong đó 3 đảng viên nhận Huy "
        "hiệu 60 năm tuổi Đảng. Tại lễ trao Huy hiệu Đảng, Bí thư Huyện ủy chúc mừng các đảng "
        "viên.",
        [
            award("Huy hiệu Đảng", "Huyện ủy", individuals=46, mentions=1),
            award("Huy hiệu 60 năm tuổi Đảng", individuals=3),
        ],
        note="a counted Party badge with no grade is an award; its count-less mention restates it",
    ),
    Example(
        "Xã Ea Tiêu, huyện Cư Kuin trao Huy hiệu Đảng cho 12 đảng viên.",
        [award("Huy hiệu Đảng", "Xã Ea Tiêu, huyện Cư Kuin", individuals=12)],
        note="a place and the wider place it lies in: one issuer, not two",
    ),
    # chained clauses
    Example(
        "Đề nghị Bộ Quốc phòng xem xét tặng bằng khen cho 4 tập thể, cá nhân; đề nghị và được "
        "UBND huyện tặng giấy khen cho 6 cá nhân.",
        [award("giấy khen", "UBND huyện", individuals=6)],
        note="proposed and granted (đề nghị và được): given, beside a proposal in the sentence",
    ),
    Example(
        "Ban Thường vụ Tỉnh đoàn trao 15 suất học bổng cho học sinh nghèo; tặng bằng khen cho 2 "
        "tập thể và 9 cá nhân.",
        [award("bằng khen", "Ban Thường vụ Tỉnh đoàn", 2, 9)],
        note="a clause opening with its verb has the previous clause's subject",
    ),
    Example(
        "Phó Chủ tịch UBND tỉnh Lê Văn An trao 50 suất quà cho hộ nghèo; trao bằng khen cho 3 "
        "tập thể.",
        [award("bằng khen", collectives=3)],
        note="the previous clause's subject is a titled presenter of 'trao': no issuer",
    ),
    # issuers: abbreviated heads, a subject with two predicates
    Example(
        "Dịp này, BCH Hội Cựu chiến binh phường cũng đã trao giấy khen cho 9 hội viên.",
        [award("giấy khen", "BCH Hội Cựu chiến binh phường", individuals=9)],
        note="BCH (Ban Chấp hành) heads an issuer as its full form does",
    ),
    Example(
        "BTV Huyện ủy tặng Giấy khen cho 5 chi bộ trong sạch vững mạnh tiêu biểu.",
        [award("Giấy khen", "BTV Huyện ủy", 5)],
        note="BTV (Ban Thường vụ) heads an issuer",
    ),
    Example(
        "Tại buổi lễ Ban Thường trực Ủy ban MTTQ huyện đã báo cáo sơ kết 5 năm thực hiện cuộc "
        "vận động giai đoạn 2016 - 2021 và quyết định biểu dương, khen thưởng cho 6 tập thể và "
        "14 cá nhân.",
        [award("khen thưởng", "Ban Thường trực Ủy ban MTTQ huyện", 6, 14)],
        note="the award verb's predicate is coordinated (và) with the subject's first one",
    ),
    # the next item of a list of badges, with its recipient and no verb of its own
    Example(
        "Vinh dự nhận Huy hiệu 65 năm tuổi Đảng đợt này là đồng chí Nguyễn Văn Tám, nguyên Bí "
        "thư Huyện ủy; huy hiệu 55 năm tuổi Đảng là Phó Chủ tịch Hội Nông dân tỉnh Lê Thị Hoa.",
        [award("Huy hiệu 65 năm tuổi Đảng"), award("huy hiệu 55 năm tuổi Đảng")],
        note="copular items: [badge] là [title] [Name]",
    ),
    Example(
        "Bí thư Đảng ủy xã trao Huy hiệu 40 năm tuổi Đảng cho đồng chí Trần Văn Bảy; Huy hiệu 50 "
        "năm tuổi Đảng cho đồng chí Hà Văn Tư.",
        [award("Huy hiệu 40 năm tuổi Đảng"), award("Huy hiệu 50 năm tuổi Đảng")],
        note="a list item with its recipient after 'cho'",
    ),
    # known gaps
    Example(
        "Ngoài 3 tập thể là các đơn vị chức năng; lãnh đạo quận cũng đã trao Giấy khen cho 4 "
        "cá nhân.",
        [award("Giấy khen", "lãnh đạo quận", 3, 4)],
        xfail="a count in another clause of the sentence is not joined to the award",
    ),
    # -- verbs that are the award (awards.verb-award) -------------------------------------
    Example(
        "Nhân dịp này, UB MTTQ xã đã khen thưởng cho 4 tập thể và 9 cá nhân có nhiều đóng góp "
        "cho cuộc vận động.",
        [award("khen thưởng", "UB MTTQ xã", 4, 9)],
        note="the verb is the award, counted after it",
    ),
    Example(
        "Dịp này, 7 tập thể và 15 cá nhân được Ban Thường vụ Thị ủy biểu dương, khen thưởng.",
        [award("khen thưởng", "Ban Thường vụ Thị ủy", 7, 15)],
        note="recipients first, passive; two verbs are one award, named khen thưởng",
    ),
    Example(
        "Hội Nông dân tỉnh đã tuyên dương 25 gương nông dân sản xuất giỏi.",
        [award("tuyên dương", "Hội Nông dân tỉnh", individuals=25)],
    ),
    Example(
        "Tại buổi lễ, Đảng ủy và UBND phường Hòa Khánh tặng giấy khen cho 5 tập thể và 11 cá nhân.",
        [award("giấy khen", "Đảng ủy và UBND phường Hòa Khánh", 5, 11)],
        note="the Party committee and the government of one place grant jointly: one award",
    ),
    Example(
        "Dịp này, Huyện ủy và UBND huyện đã tặng giấy khen cho 12 tập thể, 20 cá nhân.",
        [award("giấy khen", "Huyện ủy và UBND huyện", 12, 20)],
        note="a joint issuer of one level (huyện): one award",
    ),
    Example(
        "Nhân dịp này, Đảng ủy xã Tân Lập và UBND xã Tân Hòa tặng giấy khen cho 4 tập thể.",
        [award("giấy khen", "Đảng ủy xã Tân Lập", 4), award("giấy khen", "UBND xã Tân Hòa", 4)],
        note="bodies of two places each grant: two awards",
    ),
    Example(
        "Ban Dân tộc tỉnh và UBND huyện tặng giấy khen cho 10 người uy tín.",
        [
            award("giấy khen", "Ban Dân tộc tỉnh", None, 10),
            award("giấy khen", "UBND huyện", None, 10),
        ],
        note="bodies of two levels each grant: two awards",
    ),
    Example(
        "UBND thị trấn, UBND xã Quảng Tín đã khen thưởng cho các tập thể, cá nhân tiêu biểu.",
        [award("khen thưởng", "UBND thị trấn"), award("khen thưởng", "UBND xã Quảng Tín")],
        note="recipients named without a count; two bodies listed as the subject",
    ),
    Example(
        "Tỉnh đoàn đã biểu dương 12 tập thể và 30 cá nhân tiêu biểu.\n\nBí thư Tỉnh đoàn trao "
        "bằng khen cho các tập thể, cá nhân tiêu biểu - Ảnh: Minh Khôi",
        [award("bằng khen", "Tỉnh đoàn", 12, 30)],
        note="a caption's noun with no counts names the counted verb-award",
    ),
    # -- emulation titles (awards.emulation-title, awards.title) ---------------------------
    Example(
        "Năm học vừa qua, 58 cá nhân đạt Lao động tiên tiến và 6 tập thể đạt Tập thể lao động "
        "xuất sắc.",
        [
            award("Lao động tiên tiến", individuals=58),
            award("Tập thể lao động xuất sắc", collectives=6),
        ],
        note="no 'danh hiệu' before the titles",
    ),
    Example(
        "Năm qua có 4 tập thể đạt danh hiệu đơn vị thi đua quyết thắng, 31 cán bộ chiến sỹ tiên "
        "tiến.",
        [
            award("danh hiệu đơn vị thi đua quyết thắng", collectives=4),
            award("chiến sỹ tiên tiến", individuals=31),
        ],
        note="lower-case titles; a count right before a title goes with it",
    ),
    Example(
        "UBND huyện đã tặng danh hiệu tiên tiến cho 410 cá nhân và 18 tập thể; danh hiệu Chiến "
        "sỹ thi đua cấp cơ sở cho 9 cá nhân.",
        [
            award("danh hiệu tiên tiến", "UBND huyện", 18, 410),
            award("danh hiệu Chiến sỹ thi đua cấp cơ sở", "UBND huyện", individuals=9),
        ],
        note="the second item of a list shares the first one's verb and issuer",
    ),
    # -- names, grades and several items ---------------------------------------------------
    Example(
        "Đơn vị được Bộ Công an tặng Cờ thi đua Vì an ninh Tổ quốc cấp cơ sở năm 2020.",
        [award("Cờ thi đua Vì an ninh Tổ quốc", "Bộ Công an")],
        note="a flag's own name is part of the form",
    ),
    Example(
        "Trung ương Hội tặng kỷ niệm chương Vì sự nghiệp phát triển nông nghiệp và nông thôn Việt "
        "Nam cho 6 cá nhân.",
        [
            award(
                "kỷ niệm chương Vì sự nghiệp phát triển nông nghiệp và nông thôn Việt Nam",
                "Trung ương Hội",
                individuals=6,
            )
        ],
        note="a long unquoted name",
    ),
    Example(
        "Thay mặt Nhà nước Pháp, Đại sứ trao Huân chương Cành cọ Hàn lâm cho nhà giáo Lê Văn An.",
        [award("Huân chương Cành cọ Hàn lâm", "Nhà nước Pháp")],
    ),
    Example(
        "Đảng bộ đã trao Huy hiệu 40 năm và 45 năm tuổi Đảng cho các đảng viên lão thành.",
        [
            award("Huy hiệu 40 năm tuổi Đảng", "Đảng bộ"),
            award("Huy hiệu 45 năm tuổi Đảng", "Đảng bộ"),
        ],
        note="grades listed together are an award each",
    ),
    Example(
        "UBND tỉnh tặng Cờ thi đua cho 3 tập thể; Bằng khen cho 14 tập thể và 40 cá nhân.",
        [award("Cờ thi đua", "UBND tỉnh", 3), award("Bằng khen", "UBND tỉnh", 14, 40)],
        note="several items in one sentence share one issuer",
    ),
    Example(
        "Tại đại hội, UBND tỉnh đã trao tặng cờ thi đua và bằng khen cho 4 tập thể đạt danh hiệu "
        "lao động xuất sắc.",
        [award("cờ thi đua", "UBND tỉnh", 4), award("bằng khen", "UBND tỉnh", 4)],
        note="two forms before one count; the title describes the recipients",
    ),
    Example(
        "Ban Dân vận Huyện ủy và Ủy ban MTTQ huyện đã tặng Giấy khen cho các tập thể tiêu biểu.",
        [award("Giấy khen", "Ban Dân vận Huyện ủy"), award("Giấy khen", "Ủy ban MTTQ huyện")],
        note="two bodies grant an award each",
    ),
    Example(
        "Tỉnh được Đảng và Nhà nước tặng Huân chương Lao động hạng Nhì.",
        [award("Huân chương Lao động hạng Nhì", "Đảng và Nhà nước")],
        note="'Đảng và Nhà nước' grants as one",
    ),
    # -- counts ----------------------------------------------------------------------------
    Example(
        "UBND huyện tặng Giấy khen 15 cá nhân có thành tích xuất sắc.",
        [award("Giấy khen", "UBND huyện", individuals=15, reason="có thành tích xuất sắc")],
        note="a count right after the form, without 'cho'",
    ),
    Example(
        "Trong năm, Huyện ủy kết nạp 96 đảng viên mới, tặng huy hiệu Đảng cho 11 đảng viên.",
        [award("huy hiệu Đảng", "Huyện ủy", individuals=11)],
        note="the count after the form beats the count of another verb before it",
    ),
    Example(
        "Ban chỉ huy đã tặng Giấy khen cho 2 tập thể và 9 các nhân.",
        [award("Giấy khen", "Ban chỉ huy", 2, 9)],
        note="the typo 'các nhân'",
    ),
    # -- issuers ---------------------------------------------------------------------------
    Example(
        "Đồng thời, Giám đốc Công an tỉnh cũng tặng Giấy khen cho 20 cá nhân.",
        [award("Giấy khen", "Giám đốc Công an tỉnh", individuals=20)],
        note="a connective before the subject",
    ),
    Example(
        "Tại kỳ họp TT HĐND xã khen thưởng cho 03 tập thể, 05 cá nhân.",
        [award("khen thưởng", "TT HĐND xã", 3, 5)],
        note="a setting before the subject",
    ),
    Example(
        "Tại buổi lễ, đại diện lãnh đạo Đảng, Nhà nước đã trao Huân chương Hữu nghị cho ông Kim.",
        [award("Huân chương Hữu nghị", "lãnh đạo Đảng, Nhà nước")],
        note="'đại diện' like 'thay mặt'",
    ),
    Example(
        "Trường vinh dự đón nhận Cờ thi đua lần 2 của Chủ tịch UBND tỉnh.",
        [award("Cờ thi đua", "Chủ tịch UBND tỉnh")],
        note="'lần 2' between the form and 'của'",
    ),
    Example(
        "Kết quả bình xét năm 2023, UBND tỉnh khen thưởng như sau: Cờ thi đua của UBND tỉnh: 9 "
        "tập thể; danh hiệu Tập thể Lao động xuất sắc: 41 tập thể; Chiến sĩ thi đua cấp tỉnh: "
        "17 cá nhân; Bằng khen chuyên đề: 26 tập thể và 58 cá nhân.",
        [
            award("Cờ thi đua", "UBND tỉnh", 9),
            award("danh hiệu Tập thể Lao động xuất sắc", "UBND tỉnh", 41),
            award("Chiến sĩ thi đua cấp tỉnh", "UBND tỉnh", None, 17),
            award("Bằng khen", "UBND tỉnh", 26, 58),
        ],
        note="a list of awards, each with its count after a colon",
    ),
    Example(
        "Chủ tịch nước đã phong tặng 12 đơn vị, cá nhân thuộc lực lượng biên phòng tỉnh danh "
        "hiệu Anh hùng Lực lượng vũ trang nhân dân.",
        [award("danh hiệu Anh hùng Lực lượng vũ trang nhân dân", "Chủ tịch nước", total=12)],
        note="the verb and its counted recipients, what they are, then the title",
    ),
    Example(
        "Thừa ủy quyền của Ban Thường vụ Tỉnh ủy, đồng chí Bí thư Huyện ủy đã trao tặng Huy hiệu "
        "Đảng cho 14 đồng chí; đợt này xã có 6 đảng viên được trao huy hiệu từ 30 năm đến 55 năm "
        "tuổi Đảng.",
        [
            award("Huy hiệu Đảng", "Ban Thường vụ Tỉnh ủy", None, 14),
            award("huy hiệu Đảng", None, None, 6),
        ],
        note="thừa ủy quyền names the issuer; a range of grades is the Party badge",
    ),
    Example(
        "Trong đợt này, Đảng bộ xã có 9 đồng chí Đảng viên được trao tặng huy hiệu; Huyện ủy "
        "cũng trao huy hiệu cho 4 đảng viên cao tuổi.",
        [award("huy hiệu Đảng", None, None, 9), award("huy hiệu Đảng", "Huyện ủy", None, 4)],
        note="a bare huy hiệu given to counted Party members is the Party badge",
    ),
    Example(
        "Hội sẽ tôn vinh 45 hội viên trong Lễ trao danh hiệu Nông dân xuất sắc vào ngày 14/10.",
        [award("danh hiệu Nông dân xuất sắc", None, None, 45)],
        note="an unquoted title's name ends before vào (the day it is given)",
    ),
    Example(
        "Huy hiệu 50 năm tuổi đảng được trao cho đảng viên Lê Văn Sáu (chi bộ thôn 3); huy hiệu "
        "30 năm tuổi đảng được trao cho các đảng viên: Phạm Văn Bảy, Vũ Thị Tám.",
        [award("Huy hiệu 50 năm tuổi đảng"), award("huy hiệu 30 năm tuổi đảng")],
        note="a badge given in the passive (được trao cho), its grade in lower case",
    ),
    Example(
        "Chiều 9/7, đồng chí Phó Bí thư Huyện ủy trao Huy hiệu 70 năm, 60 năm tuổi và 50 năm "
        "tuổi Đảng cho 5 đồng chí đảng viên ở thị trấn.",
        [award("Huy hiệu Đảng", individuals=5)],
        note="grades listed with one count of recipients: one Party badge with the total",
    ),
    Example(
        "Đợt này, Đảng bộ xã Tân Phú vinh dự có 8 đ/c được trao huy hiệu Đảng.",
        [award("huy hiệu Đảng", individuals=8)],
        note="đ/c (đồng chí written short) counts individuals",
    ),
    Example(
        "Phó Bí thư Huyện ủy trao Huy hiệu 40 năm tuổi Đảng cho 3 đ/c đảng viên cao tuổi.",
        [award("Huy hiệu 40 năm tuổi Đảng", individuals=3)],
        note="đ/c after cho: the count stays with the badge",
    ),
    Example(
        "Đợt này có 52 đảng viên được trao tặng Huy hiệu 40 năm, 35 năm và 30 năm tuổi Đảng.",
        [award("Huy hiệu 40 năm, 35 năm và 30 năm tuổi Đảng", individuals=52)],
        note="grades listed with one count before them: one award, the list as written",
    ),
    Example(
        "Sáng 3/9, Đảng bộ xã Hòa Bình tổ chức lễ trao huy hiệu 60, 55 và 40 năm tuổi đảng cho "
        "các đảng viên. Đợt này xã có 9 đồng chí được trao huy hiệu Đảng.",
        [award("huy hiệu Đảng", individuals=9)],
        note="grades listed with no count where the Party badge is counted: what it covers",
    ),
    Example(
        "Đợt này có 97 đảng viên nhận Huy hiệu Đảng. Có 4 đảng viên nhận Huy hiệu 70 năm tuổi "
        "Đảng; còn lại là các đảng viên nhận Huy hiệu 60 năm tuổi Đảng, 50 năm tuổi Đảng và 40 "
        "năm tuổi Đảng.",
        [
            award("Huy hiệu Đảng", individuals=97),
            award("Huy hiệu 70 năm tuổi Đảng", individuals=4),
        ],
        note="the rest, by grades each written in full, with no count: covered by the total",
    ),
    Example(
        "Có 3 đồng chí được nhận huy hiệu 60 năm tuổi Đảng, 2 đồng chí 55 năm và 7 đồng chí được "
        "nhận huy hiệu 40 năm tuổi Đảng.",
        [
            award("huy hiệu 60 năm tuổi Đảng", individuals=3),
            award("huy hiệu 40 năm tuổi Đảng", individuals=7),
        ],
        note="counts before a badge: the nearest is its own (the elided 2 đồng chí 55 năm "
        "between is not read as an award)",
    ),
    Example(
        "UBND huyện tặng Giấy khen cho 18 già làng, cá nhân tiêu biểu trong phong trào.",
        [award("Giấy khen", "UBND huyện", individuals=18)],
        note="two nouns of individuals after one number: the number is theirs",
    ),
    Example(
        "Huyện ủy tặng Giấy khen cho 21 người có uy tín tiêu biểu trong đồng bào dân tộc.",
        [award("Giấy khen", "Huyện ủy", individuals=21)],
        note="người có uy tín are individuals",
    ),
    Example(
        "Tối 26/3, Tỉnh đoàn trao Giải thưởng Lý Tự Trọng cho 12 cán bộ Đoàn tiêu biểu.",
        [award("Giải thưởng Lý Tự Trọng", "Tỉnh đoàn", individuals=12)],
        note="a prize with its own name, given to counted recipients",
    ),
    Example(
        "Năm nay, huyện có 3 cán bộ đoàn được nhận giải thưởng Nguyễn Văn Trỗi.",
        [award("giải thưởng Nguyễn Văn Trỗi", individuals=3)],
        note="counted recipients before the verb that gives them the named prize",
    ),
    Example(
        "Dịp này, Ban Thường vụ Tỉnh đoàn tuyên dương 40 thanh thiếu nhi tiêu biểu.",
        [award("tuyên dương", "Ban Thường vụ Tỉnh đoàn", individuals=40)],
        note="thanh thiếu nhi are individuals",
    ),
    Example(
        "Đồng chí Trưởng Ban Tổ chức Huyện ủy trao Huy hiệu cho đảng viên 60 năm tuổi Đảng.",
        [award("Huy hiệu 60 năm tuổi Đảng")],
        note="the badge's grade written after its recipient",
    ),
    Example(
        "Ban Thường vụ Huyện ủy đã trao thư biểu dương cho 34 tập thể và 98 cá nhân tiêu biểu.",
        [award("thư biểu dương", "Ban Thường vụ Huyện ủy", 34, 98)],
        note="a letter of praise is the award",
    ),
    Example(
        "Đợt này có 3 đảng viên nhận Huy hiệu 60 năm tuổi Đảng; 2 đảng viên nhận Huy hiệu 55 năm "
        "và 17 đảng viên nhận Huy hiệu 30 năm tuổi Đảng.",
        [
            award("Huy hiệu 60 năm tuổi Đảng", individuals=3),
            award("Huy hiệu 55 năm", individuals=2),
            award("Huy hiệu 30 năm tuổi Đảng", individuals=17),
        ],
        note="a grade written short (55 năm) in a list of grades",
    ),
    Example(
        "Sáng nay, 69 cán bộ hội tiêu biểu toàn quốc đã được trao Giải thưởng “15 tháng 10”.",
        [award("Giải thưởng 15 tháng 10", individuals=69)],
        note="a prize named by a day in quotation marks; its recipients counted before the verb",
    ),
    Example(
        "Huyện ủy biểu dương 10 tập thể; cũng trong dịp này Hội Cựu chiến binh huyện tặng giấy "
        "khen cho 8 tập thể.",
        [award("biểu dương", "Huyện ủy", 10), award("giấy khen", "Hội Cựu chiến binh huyện", 8)],
        note="a connective (cũng trong dịp này) opening the clause is not the issuer's",
    ),
    Example(
        "Dịp này, huyện Bắc Trà My đã khen thưởng 30 hộ nông dân tiêu biểu của huyện.",
        [award("khen thưởng", "huyện Bắc Trà My")],
        note="households rewarded: the award is given, counted neither way; a place as issuer",
    ),
    Example(
        "Hòa Vang: Biểu dương 45 tập thể, cá nhân tiêu biểu\n\nSáng 9/4, UBND huyện Hòa Vang "
        "tổ chức hội nghị tổng kết. Dịp này, Ủy ban MTTQ huyện khen thưởng 15 tập thể và 30 cá "
        "nhân có thành tích xuất sắc.",
        [award("khen thưởng", "Ủy ban MTTQ huyện", 15, 30)],
        note="a headline totalling the body's award is no award of its own",
    ),
    Example(
        "Bến Cát: Tôn vinh 80 người hiến máu tiêu biểu\n\nChiều 2/6, tại lễ tôn vinh, 30 cá "
        "nhân được nhận Bằng khen của UBND tỉnh và 50 cá nhân nhận Giấy khen của Hội Chữ thập "
        "đỏ huyện.",
        [
            award("Bằng khen", "UBND tỉnh", individuals=30),
            award("Giấy khen", "Hội Chữ thập đỏ huyện", individuals=50),
        ],
        note="a headline count that is the sum of the body's awards",
    ),
    Example(
        "Thăng Bình: Khen thưởng 20 cá nhân\n\nSáng 3/8, Hội Nông dân huyện tặng Giấy khen "
        "cho 12 hội viên; Hội Cựu chiến binh huyện tặng Giấy khen cho 5 hội viên.",
        [
            award("Khen thưởng", individuals=20),
            award("Giấy khen", "Hội Nông dân huyện", individuals=12),
            award("Giấy khen", "Hội Cựu chiến binh huyện", individuals=5),
        ],
        note="a headline count that sums up nothing in the body stays an award",
    ),
    Example(
        "Năm 2021, 4 tập thể và 9 cá nhân được Hội Nông dân huyện tặng giấy khen. Ông Lê Văn "
        "Bình trao giấy khen của HND huyện cho các tập thể, cá nhân.",
        [award("giấy khen", "Hội Nông dân huyện", 4, 9, mentions=1)],
        note="an issuer abbreviated in one mention (HND) names the same body",
    ),
    Example(
        "Em Phạm Văn Lộc vừa được Trung ương Đoàn tặng Huy hiệu “Tuổi trẻ dũng cảm”. Sáng 5/10, "
        "Huyện đoàn Cam Lộ trao tặng Huy hiệu “Tuổi trẻ dũng cảm” cho 1 đoàn viên. Hành động "
        "của em đã được Trung ương Đoàn ghi nhận và trao tặng Huy hiệu “Tuổi trẻ dũng cảm”.",
        [award("Huy hiệu Tuổi trẻ dũng cảm", "Trung ương Đoàn", individuals=1, mentions=2)],
        note="a named badge granted by one body, handed over by another: one award; ghi nhận "
        "ends the agent",
    ),
    Example(
        "Ông Hà Văn Tám nhận Bằng khen của Thủ tướng Chính phủ. Dịp này, UBND tỉnh trao Bằng "
        "khen cho 6 tập thể.",
        [
            award("Bằng khen", "Thủ tướng Chính phủ"),
            award("Bằng khen", "UBND tỉnh", 6),
        ],
        note="a plain form from two bodies: two awards, not one handed over",
    ),
    Example(
        "Quyết định số 215/QĐ-UBND của Chủ tịch UBND huyện tặng Giấy khen cho 04 tập thể, 09 "
        "cá nhân có thành tích xuất sắc.",
        [award("Giấy khen", "Chủ tịch UBND huyện", 4, 9)],
        note="a decision opening the subject: its author is the issuer",
    ),
    Example(
        "Ngoài ra, Ban Thường vụ Huyện ủy còn tặng giấy khen cho 2 đảng bộ, 7 chi bộ trực thuộc "
        "đảng ủy xã, 48 đảng viên hoàn thành xuất sắc nhiệm vụ.",
        [award("giấy khen", "Ban Thường vụ Huyện ủy", 9, 48)],
        note="còn is no part of the issuer; where the recipients belong does not end the list",
    ),
    Example(
        "Chiều 18/5, Đảng bộ phường Tân An tổ chức lễ trao Huy hiệu 30, 40, 55 năm tuổi Đảng đợt "
        "19/5 cho 9 đảng viên, trong đó: Huy hiệu 55 năm tuổi Đảng có 01 đồng chí; 40 năm tuổi "
        "Đảng 03 đồng chí và 30 năm tuổi Đảng 05 đồng chí.",
        [
            award("Huy hiệu Đảng", individuals=9),
            award("Huy hiệu 55 năm tuổi Đảng", individuals=1),
            award("Huy hiệu 40 năm tuổi Đảng", individuals=3),
            award("Huy hiệu 30 năm tuổi Đảng", individuals=5),
        ],
        note="grades listed, the batch, then one count: the Party badge; a breakdown by grade "
        "with each count after its grade, the badge's word left out after the first",
    ),
    Example(
        "Huyện ủy trao Huy hiệu 45 năm, 50 năm tuổi Đảng nhân dịp 7/11 cho 6 đồng chí đảng viên.",
        [award("Huy hiệu Đảng", "Huyện ủy", individuals=6)],
        note="the batch (nhân dịp 7/11) between grades listed and their one count",
    ),
    Example(
        "Đồng chí Bí thư Đảng ủy thị trấn trao Huy hiệu 60 năm tuổi Đảng gồm 2 đồng chí và Huy "
        "hiệu 50 năm tuổi Đảng gồm 4 đồng chí.",
        [
            award("Huy hiệu 60 năm tuổi Đảng", individuals=2),
            award("Huy hiệu 50 năm tuổi Đảng", individuals=4),
        ],
        note="gồm between a grade and its count",
    ),
    Example(
        "Dịp này, Ủy ban MTTQ phường đã trao giấy khen cho 02 tập thể và\n07 cá nhân có nhiều "
        "đóng góp cho cuộc vận động.",
        [award("giấy khen", "Ủy ban MTTQ phường", 2, 7)],
        note="a hard-wrapped line between the two counts",
    ),
    Example(
        "Hội Nông dân huyện biểu dương 15 hội viên\nvà 3 tập thể tiêu biểu trong phong trào.",
        [award("biểu dương", "Hội Nông dân huyện", 3, 15)],
        note="the line break before the joining word",
    ),
    Example(
        "Nhân dịp này, nhiều cá nhân và tập thể có thành tích xuất sắc trong phong trào thi đua "
        "năm 2024 của xã Tân Lập đã được tuyên dương.",
        [award("tuyên dương")],
        note="collectives and individuals, not counted, the passive subject: an award given",
    ),
    Example(
        "Tại hội nghị, các tập thể, cá nhân tiêu biểu trong công tác dân vận đã được biểu dương, "
        "khen thưởng.",
        [award("khen thưởng")],
        note="the uncounted passive with two verbs naming one award",
    ),
    Example(
        "Nhiều tập thể, cá nhân được khen thưởng\n\nSáng 5/6, tại hội nghị tổng kết phong trào "
        "thi đua, UBND huyện Đông Sơn tặng Giấy khen cho 7 tập thể, 12 cá nhân.",
        [award("Giấy khen", "UBND huyện Đông Sơn", 7, 12)],
        note="an uncounted passive in the headline where the text reports the award: a summary",
    ),
    Example(
        "Dịp này, Đảng ủy thị trấn trao Huy hiệu 30 năm tuổi Đảng cho 9 Đảng viên.",
        [award("Huy hiệu 30 năm tuổi Đảng", "Đảng ủy thị trấn", individuals=9)],
        note="Đảng viên with a capital are individuals",
    ),
    Example(
        "Chiều 14/1, Đảng ủy xã trao tặng huy hiệu 50 năm, 45 năm, 30 năm tuổi Đảng cho 11 Đảng "
        "viên lão thành.",
        [award("huy hiệu Đảng", "Đảng ủy xã", individuals=11)],
        note="a grade list with one count of Đảng viên with a capital: one Party badge",
    ),
    Example(
        "Nhân dịp này, Ban Chấp hành Đảng bộ xã biểu dương khen thưởng đối với 12 tập thể, 45 "
        "Đảng viên hoàn thành xuất sắc nhiệm vụ.",
        [award("khen thưởng", "Ban Chấp hành Đảng bộ xã", 12, 45)],
        note="đối với between the award verb and its counts",
    ),
    Example(
        "Tại hội nghị, Đảng ủy thị trấn đã khen thưởng các tập thể, cá nhân có thành tích tiêu "
        "biểu trong năm 2022.",
        [award("khen thưởng", "Đảng ủy thị trấn")],
        note="khen thưởng done, its recipients after it with no cho, not counted: an award",
    ),
    Example(
        "Dịp này, UBND xã đã tặng Giấy khen cho 6 tập thể và 9 cá nhân; Ban Thường vụ Đoàn xã "
        "cũng đã khen thưởng các tập thể, cá nhân có nhiều đóng góp.",
        [award("Giấy khen", "UBND xã", 6, 9)],
        note="an uncounted khen thưởng beside a counted award sums the awards up",
    ),
    Example(
        "Dịp này, Hội nghị trao các hình thức khen thưởng của Trung ương Hội Nông dân Việt Nam "
        "cho 2 tập thể và 5 cá nhân.",
        [award("khen thưởng", "Trung ương Hội Nông dân Việt Nam", 2, 5)],
        note="các hình thức khen thưởng: the verb names the awards, its issuer after của",
    ),
    Example(
        "Hội nghị đã trao các hình thức khen thưởng của Tỉnh đoàn cho 4 tập thể, 7 cá nhân, trao "
        "huy hiệu Cán bộ Đoàn giỏi cho 5 đồng chí.",
        [
            award("khen thưởng", "Tỉnh đoàn", 4, 7),
            award("huy hiệu Cán bộ Đoàn giỏi", individuals=5),
        ],
        note="a badge with its own capitalised name, recipients counted; the count before it "
        "belongs to the verb-award it follows",
    ),
    Example(
        "Năm 2022, toàn xã có 1.320 lượt hộ đăng ký phấn đấu đạt danh hiệu “Gia đình văn minh, "
        "hạnh phúc”; dịp này, UBND xã tặng Giấy khen cho 8 cá nhân.",
        [award("Giấy khen", "UBND xã", individuals=8)],
        note="a title registered as a target is no award; the Giấy khen given beside it is",
    ),
    Example(
        "Dự hội nghị có 30 tình nguyện viên được Ban Chỉ đạo phòng, chống dịch bệnh huyện tặng "
        "Giấy khen. Cuối buổi, hội nghị biểu dương các tình nguyện viên được Ban Chỉ đạo huyện "
        "tặng Giấy khen.",
        [award("Giấy khen", "Ban Chỉ đạo phòng, chống dịch bệnh huyện", mentions=1)],
        note="one body named in full, then with its purpose left out: one award",
    ),
    Example(
        "Ban Chỉ đạo huyện tặng Giấy khen cho 4 tập thể; Ban Chỉ đạo phòng chống thiên tai tỉnh "
        "tặng Giấy khen cho 2 tập thể.",
        [
            award("Giấy khen", "Ban Chỉ đạo huyện", 4),
            award("Giấy khen", "Ban Chỉ đạo phòng chống thiên tai tỉnh", 2),
        ],
        note="two bodies of two levels (the last word differs): two awards",
    ),
    Example(
        "Sáng 12/1, UBND huyện Yên Định tổng kết phong trào thi đua yêu nước và tặng Giấy khen "
        "cho 6 tập thể, 10 cá nhân.",
        [award("Giấy khen", "UBND huyện Yên Định", 6, 10)],
        note="the body's first predicate coordinated with the granting verb: the body grants",
    ),
    Example(
        "Hội Cựu chiến binh phường long trọng tổ chức lễ kỷ niệm ngày thành lập Hội, biểu dương "
        "khen thưởng cho 4 tập thể, 9 hội viên.",
        [award("khen thưởng", "Hội Cựu chiến binh phường", 4, 9)],
        note="the first predicate joined to the award by a comma, adverbs before it dropped",
    ),
    Example(
        "Chủ tịch UBND xã dự hội nghị và trao Giấy khen cho 5 cá nhân.",
        [award("Giấy khen", individuals=5)],
        note="a titled presenter before a coordinated trao stays no issuer",
    ),
    Example(
        "Dịp này, Hội Nông dân huyện tặng Giấy khen cho 3 chi hội và 11 hội viên tiêu biểu.",
        [award("Giấy khen", "Hội Nông dân huyện", 3, 11)],
        note="chi hội (branches of an association) are collectives",
    ),
]

NEGATIVE: list[Example] = [
    Example(
        "Liên đội trao huy hiệu cho 30 đội viên xuất sắc; các em được trao huy hiệu tại buổi lễ.",
        note="a bare huy hiệu given to others than Party members is not the Party badge",
    ),
    Example(
        "Chỉ tiêu thi đua năm nay: 9 tập thể đạt chuẩn văn hóa và 17 cá nhân vượt kế hoạch.",
        note="a count after a colon with no award form before it",
    ),
    Example(
        "Xã tặng quà cho 12 hộ nghèo thuộc diện chính sách có danh hiệu gia đình văn hóa.",
        note="a counted gift, then a rating the recipients hold",
    ),
    Example("Cần phát huy hiệu quả công tác dân vận ở cơ sở.", note="'phát huy hiệu quả'"),
    Example("Đội tuyển đã giành 2 huy chương vàng tại giải đấu.", note="a sports medal"),
    Example("Công ty chi 65 tỷ đồng mua kỷ niệm chương để làm quà.", note="a souvenir"),
    Example("Danh hiệu “Dân vận khéo” đã trở thành động lực thi đua.", note="no award verb"),
    Example("Biểu dương thành tích của các tập thể, cá nhân tiêu biểu.", note="no form"),
    Example("Hội đã phát triển mới 384 hội viên trong nhiệm kỳ.", note="no form"),
    Example("Lễ trao Giải thưởng Hồ Chí Minh diễn ra tại Hà Nội.", note="a prize, not an award"),
    Example(
        "Hội đồng Thi đua huyện hoàn thiện hồ sơ đề nghị tặng Huân chương Lao động hạng Ba "
        "cho ông Tư.",
        note="a proposal, not an award given",
    ),
    Example(
        "Nhà nước thu hồi Huân chương Chiến công hạng Nhì của một cán bộ vi phạm.",
        note="a revocation",
    ),
    Example(
        "Các tập thể dẫn đầu phong trào sẽ được UBND tỉnh tặng Bằng khen.",
        note="a promise in a rule, not an award given",
    ),
    Example(
        "Ông Ba bị phát hiện khai man để hưởng chế độ Huân chương kháng chiến.",
        note="fraud",
    ),
    Example(
        "Phát biểu tại hội nghị, đồng chí Bí thư Huyện ủy biểu dương những kết quả mà Hội đã đạt "
        "được trong năm qua.",
        note="speech praise: no recipients",
    ),
    Example(
        "Hội đồng Thi đua - Khen thưởng huyện đã họp xét các danh hiệu năm 2020.",
        note="a body's name",
    ),
    Example(
        "Tháng tới, đơn vị sẽ đón nhận danh hiệu Anh hùng Lực lượng vũ trang nhân dân.",
        note="a promise wins over 'đón nhận'",
    ),
    Example(
        "Ông hy vọng năm sau, khi có dịp về thăm tỉnh, sẽ trao Bằng khen cho các đơn vị.",
        note="a hope, anywhere before the form in its clause",
    ),
    Example(
        "Toàn xã có 95% hộ gia đình và 12 khu dân cư đạt danh hiệu văn hóa.",
        note="a rating, not an award",
    ),
    Example(
        "Cụ Nguyễn Văn Tư, 92 tuổi, lão thành cách mạng, Huy hiệu 65 năm tuổi Đảng, chia sẻ.",
        note="a badge describing a person",
    ),
    Example(
        "Kể từ năm 2015 đến nay, Thành đoàn đã tuyên dương 210 gương thanh niên tiêu biểu.",
        note="a cumulative figure, not an award at the event",
    ),
    Example(
        "Ban tổ chức đã trao giải và tôn vinh 24 tác giả có tác phẩm đoạt giải.",
        note="a competition's prize",
    ),
    Example(
        "Huyện bố trí kinh phí khen thưởng cho 50 cá nhân có thành tích.",
        note="a budget line",
    ),
    Example(
        "Huy hiệu 60 năm tuổi Đảng được xem là phần thưởng cao quý của mỗi đảng viên.",
        note="a badge in the passive of another verb than trao/tặng",
    ),
    Example(
        "Giải thưởng Lý Tự Trọng là phần thưởng cao quý của Trung ương Đoàn.",
        note="a named prize spoken of, given to no one",
    ),
    Example(
        "Cụ Tư, lão thành cách mạng, Huy hiệu 65 năm, chia sẻ niềm vui.",
        note="a short grade describing a person, no verb giving it",
    ),
    Example(
        "Chủ tịch Quốc hội đã gửi thư khen ngợi và chúc mừng ngân hàng.",
        note="thư khen ngợi: a letter of compliments, not the award thư khen",
    ),
    Example(
        "Phong trào thi đua của xã đã trở thành lá cờ đầu của huyện trong nhiều năm.",
        note="'lá cờ đầu': a figure of speech, not a flag given",
    ),
    Example(
        "Hội đồng Thi đua đề nghị và trình UBND tỉnh tặng Bằng khen cho 7 tập thể.",
        note="proposed and submitted: still a proposal",
    ),
    Example(
        "Đoàn đến thăm cụ Lê Văn Tư, Huy hiệu 70 năm tuổi Đảng, và tặng quà cho gia đình cụ.",
        note="a badge describing a person, with no award listed before it",
    ),
    Example(
        "Nhân dịp Tết, xã tặng quà cho 12 hộ nghèo và 5 hộ chính sách.",
        note="households given gifts: no award form",
    ),
    Example(
        "Hội nghị bình xét các đơn vị xuất sắc đề nghị Ủy ban MTTQ tỉnh tặng cờ thi đua\n"
        "và bằng khen năm 2023; đề nghị tặng giấy khen cho 04 đơn vị.",
        note="the next item of a proposed list, after a line break, is proposed too",
    ),
    Example(
        "Năm qua, toàn huyện có hơn 12.300 hộ nông dân đạt danh hiệu “Nông dân sản xuất, kinh "
        "doanh giỏi” các cấp.",
        note="households reaching a title in a movement: a statistic",
    ),
    Example(
        "Hằng năm, có 55 - 58% số hộ hội viên đạt danh hiệu “Gia đình nông dân tiêu biểu”.",
        note="a share of households reaching a title",
    ),
    Example(
        "Chi bộ thôn Đông có 25 đảng viên, trong đó 60 năm tuổi Đảng 2 đồng chí, 50 năm tuổi Đảng "
        "4 đồng chí.",
        note="members counted by their Party age with no badge named: no award",
    ),
    Example(
        "Hồ sơ đề nghị xét tặng Huy hiệu 30, 40 năm tuổi Đảng đợt 2/9 cho 12 đảng viên đã được "
        "hoàn thiện.",
        note="a proposal of graded badges for a batch: not given",
    ),
    Example(
        "Kết quả thi đua năm nay: 11 tập thể và\n26 cá nhân vượt chỉ tiêu được giao.",
        note="counts joined across a line break, with no award form",
    ),
    Example(
        "Các tập thể, cá nhân có thành tích trong đợt cao điểm sẽ được khen thưởng vào cuối năm.",
        note="an uncounted passive in the future: a promise",
    ),
    Example(
        "Các cá nhân được tuyên dương là những gương sáng trong lao động sản xuất.",
        note="individuals alone, not counted, describe who was praised",
    ),
    Example(
        "Đảng ủy xã thực hiện tốt công tác quản lý đối với 126 Đảng viên đang sinh hoạt tại các "
        "chi bộ; công tác khen thưởng được quan tâm.",
        note="Đảng viên counted with no award verb before them: no award",
    ),
    Example(
        "Hội nghị biểu dương những kết quả nổi bật đối với 8 chi bộ và 60 Đảng viên trong năm.",
        note="đối với after words of praise, not right after the verb: speech, no award",
    ),
    Example(
        "Phát biểu tại hội nghị, đồng chí Phó Chủ tịch UBND huyện đã biểu dương các tập thể, cá "
        "nhân có nhiều nỗ lực trong công tác giảm nghèo.",
        note="a leader's praise in a speech, recipients with no cho: no award",
    ),
    Example(
        "Ban Chỉ đạo cần kịp thời khen thưởng các tập thể, cá nhân có cách làm hay.",
        note="khen thưởng not done (no đã): a task, not an award",
    ),
    Example(
        "Các em học sinh được đeo huy hiệu Măng non trong ngày khai giảng.",
        note="a badge with a capitalised name, no recipients counted after it: worn, not given",
    ),
    Example(
        "Cần đa dạng các hình thức khen thưởng của cơ sở, tránh chạy theo thành tích.",
        note="hình thức khen thưởng with no recipients counted: a topic, no award",
    ),
    Example(
        "Đầu năm, 24 cán bộ, chiến sĩ đăng ký thi đua đạt danh hiệu Chiến sĩ thi đua cơ sở.",
        note="recipients registering for a title: a target, not an award",
    ),
    Example(
        "Chi hội phụ nữ thôn 5 phấn đấu đạt danh hiệu “Chi hội vững mạnh xuất sắc” trong năm tới.",
        note="a target to attain, not an award given",
    ),
    Example(
        "Hội Phụ nữ xã hiện có 9 chi hội với 1.240 hội viên; công tác thi đua được duy trì.",
        note="chi hội counted as a statistic, with no award form",
    ),
]
