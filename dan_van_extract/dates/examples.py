"""The dates extractor's example corpus: short texts in the genre's style, written for this
library (never copied from an article), with what must come out.

Each ``expect`` is a dict of the parts checked (the others are not):

* ``published``: ``doc.published.value``, ``None`` for none;
* ``event``: the event date's value (``ctx.event_date``), ``None`` for none;
  ``tod`` its time of day, ``inferred`` its ``year_inferred``;
* ``dates``: the values of every date mention that is not the publication date, in order;
* ``periods``: ``(start, end)`` of every period, in order.

A text that starts with a title line and a date line gets its reference year from that
line, as a real article does. ``NEGATIVE`` texts must give no date mention and no period.
"""

from __future__ import annotations

from .._examples import Example

__all__ = ["NEGATIVE", "POSITIVE"]

_T = "Ban Dân vận Tỉnh ủy tổ chức hội nghị\n"
"""A title line, so the example's next line is read as the article's layout reads it."""

POSITIVE: list[Example] = [
    # -- publication lines ------------------------------------------------------------------
    Example(
        _T + "Thứ 4, 30/09/2020 | 15:06:38\nSáng 30/9, hội nghị diễn ra tại hội trường tỉnh.",
        {"published": "2020-09-30T15:06:38+07:00", "event": "2020-09-30", "tod": "sáng"},
        "weekday number, date, bar, clock with seconds",
    ),
    Example(
        _T + "23/02/2024 15:24\nChiều 22/2, đoàn công tác làm việc với huyện.",
        {"published": "2024-02-23T15:24:00+07:00", "event": "2024-02-22", "tod": "chiều"},
        "date then clock",
    ),
    Example(
        "Thứ Tư, 30/11/2022\n" + _T + "Các đơn vị phối hợp chặt chẽ trong năm qua.",
        {"published": "2022-11-30", "event": None},
        "weekday word, no clock: a date without time; the date line sits above the title",
    ),
    Example(
        "Chủ nhật, 09/03/2025\nĐà Nẵng weather 21° - 27° C\nChủ nhật, 09/03/2025\n"
        + _T
        + "Các đơn vị phối hợp chặt chẽ trong năm qua.",
        {"published": None},
        "a date line printed twice above the title (header and weather box): the day the page "
        "was seen, not the post's",
    ),
    Example(
        "Đà Nẵng (TTXVN 24/5/2023) Sáng 23/5, Ủy ban MTTQ thành phố tổ chức hội nghị "
        "hiệp thương lần thứ hai.",
        {"published": "2023-05-24", "event": "2023-05-23", "dates": ["2023-05-23"]},
        "a news agency's dateline with its filing day opens the lead, no date line: the "
        "filing day is the publication date (and no date mention)",
    ),
    Example(
        _T + "Chủ nhật, 14/05/2023\nCần Thơ (TTXVN 12/5/2023) Chiều 11/5, Hội Nông dân "
        "thành phố tổ chức hội nghị.",
        {"published": "2023-05-14"},
        "the page's own date line wins over an agency's dateline",
    ),
    Example(
        "Huế (TTXVN 8/10) Sáng 7/10, Tỉnh đoàn tổ chức lễ tuyên dương đoàn viên tiêu biểu.",
        {"published": None},
        "a dateline with no year gives no publication date",
    ),
    Example(
        _T + "Hội nghị diễn ra sôi nổi. Theo bản tin (TTXVN 3/4/2021) Các đơn vị đã hoàn "
        "thành kế hoạch.",
        {"published": None},
        "a dateline's shape inside the body, not opening the lead, is no publication date",
    ),
    Example(
        _T + "2025-04-01 15:24:00\nNội dung bài viết về công tác dân vận ở cơ sở.",
        {"published": "2025-04-01T15:24:00+07:00"},
        "ISO date and clock",
    ),
    Example(
        _T + "15:24 | 23/02/2024\nNội dung bài viết về công tác dân vận ở cơ sở.",
        {"published": "2024-02-23T15:24:00+07:00"},
        "clock before the date",
    ),
    Example(
        _T + "Cập nhật: 10:05 ngày 23/02/2024\nNội dung bài viết về công tác dân vận.",
        {"published": "2024-02-23T10:05:00+07:00"},
        "an update label",
    ),
    Example(
        _T + "Cập nhật, 09:42, Thứ Hai, 15/04/2019 (GMT+7)\nNội dung bài viết về công tác dân vận.",
        {"published": "2019-04-15T09:42:00+07:00"},
        "an update label with a comma, the clock before the weekday: the clock is kept",
    ),
    Example(
        _T + "Thứ Năm, 20:15, 07/03/2019\nNội dung bài viết về công tác dân vận ở cơ sở.",
        {"published": "2019-03-07T20:15:00+07:00"},
        "a clock between the weekday and the date (not the one before the weekday)",
    ),
    Example(
        _T + "Thứ hai, 5/2/2024, 23:03 (GMT+7)\nNội dung bài viết về công tác dân vận.",
        {"published": "2024-02-05T23:03:00+07:00"},
        "time zone in parentheses",
    ),
    Example(
        _T + "Chủ nhật, 28/5/2023, 10:40 (GMT+7)\nNội dung bài viết về công tác dân vận.",
        {"published": "2023-05-28T10:40:00+07:00"},
        "Sunday",
    ),
    Example(
        "Thứ 3, 26/11/2024, 07:30[GMT+7]\n\n" + _T + "\nThứ 4, 30/09/2020 | 15:06:38\nNội dung.",
        {"published": "2020-09-30T15:06:38+07:00"},
        "the site's own date above the title is the visit date, not the publication date",
    ),
    Example(
        _T + "Ngày đăng: 12/03/2023\nNội dung bài viết về công tác dân vận ở cơ sở.",
        {"published": "2023-03-12"},
        "a 'posted on' label",
    ),
    Example(
        _T + "Ngày xuất bản: 12/03/2023\nNội dung bài viết về công tác dân vận ở cơ sở.",
        {"published": "2023-03-12"},
        "a 'published on' label (data/publication_labels.txt)",
    ),
    Example(
        _T + "(12/03/2023 08:30) Lượt xem: 98\nNội dung bài viết về công tác dân vận ở cơ sở.",
        {"published": "2023-03-12T08:30:00+07:00"},
        "a bracketed stamp with a view counter after it, without a bar",
    ),
    Example(
        _T + "Thứ Hai, 12/03/2018 - 10:15 | Lượt xem: 125\nNội dung bài viết về công tác dân vận.",
        {"published": "2018-03-12T10:15:00+07:00"},
        "a stamp line with a view counter after it, right under the title",
    ),
    Example(
        _T + "30/09/2020 07:30 PM\nNội dung bài viết về công tác dân vận ở cơ sở.",
        {"published": "2020-09-30T19:30:00+07:00"},
        "a 12-hour clock",
    ),
    # -- the event's date -----------------------------------------------------------------
    Example(
        _T + "NDO - Ngày 23/11, Ban Dân vận tổ chức hội nghị tổng kết giai đoạn 2017-2022.",
        {
            "event": "2022-11-23",
            "inferred": True,
            "tod": None,
            "periods": [("2017-01-01", "2022-12-31")],
        },
        "no publication date: the year is the end of the period in the same sentence",
    ),
    Example(
        _T + "Thứ Tư, 30/09/2020\nSáng ngày 30/9, Ban Dân vận tổ chức hội nghị giao ban.",
        {"event": "2020-09-30", "tod": "sáng", "inferred": False},
        "time of day and 'ngày'",
    ),
    Example(
        _T + "Thứ Sáu, 13/10/2023\nSáng 12-10, tại trụ sở Tỉnh ủy, hội nghị đã khai mạc.",
        {"event": "2023-10-12", "tod": "sáng"},
        "day-month with a hyphen",
    ),
    Example(
        _T + "Thứ Hai, 12/2/2024\nTrong hai ngày 9 và 10-2, đoàn công tác đã làm việc tại xã.",
        {"event": "2024-02-09", "dates": ["2024-02-09"]},
        "two days of one month: the first day",
    ),
    Example(
        _T + "Thứ Hai, 8/6/2022\nTrong 2 ngày 06, 07/6, Hội Cựu chiến binh huyện tổ chức đại hội.",
        {"event": "2022-06-06", "dates": ["2022-06-06"]},
        "two days parted by a comma before one month: the first day",
    ),
    Example(
        _T + "Thứ Năm, 11/8/2022\nSáng ngày (10/8), Tỉnh ủy tổ chức đại hội thi đua yêu nước.",
        {"event": "2022-08-10", "tod": "sáng"},
        "the day and month in brackets after sáng ngày",
    ),
    Example(
        _T + "Thứ Hai, 29/4/2024\nTrong 2 ngày (27-28/4), Hội Nông dân tỉnh tổ chức đại hội.",
        {"event": "2024-04-27", "dates": ["2024-04-27"]},
        "the two days in brackets after 'Trong 2 ngày'",
    ),
    Example(
        _T + "Thứ Ba, 19/11/2024\nTrong hai ngày, 17-18/11, Đoàn thanh niên tổ chức hội trại.",
        {"event": "2024-11-17", "dates": ["2024-11-17"]},
        "'Trong hai ngày' and a comma before the days",
    ),
    Example(
        _T + "Thứ Hai, 12/2/2024\nTrong 2 ngày, 5-6 người dân đã đến dự hội nghị.",
        {"event": None},
        "'Trong 2 ngày,' before a count of people, no date",
    ),
    Example(
        _T + "Thứ Sáu, 22/12/2023\nHội Cựu chiến binh huyện vừa đến thăm, tặng quà 15 hội viên "
        "có hoàn cảnh khó khăn.\n\nĐược biết, Đại hội đại biểu Hội Cựu chiến binh tỉnh lần thứ "
        "VII diễn ra từ ngày 27-28/12 tại thành phố.",
        {"event": None},
        "'Được biết,' opens background after a lead that dates nothing: the congress's days "
        "are not the visit's",
    ),
    Example(
        _T + "Thứ Tư, 6/3/2024\nBan Thường vụ Huyện ủy vừa thi hành kỷ luật một đảng viên. "
        "Trước đó, ngày 28/2, Ủy ban Kiểm tra Huyện ủy đã tổ chức cuộc họp xem xét.",
        {"event": None},
        "'Trước đó,' opens what happened before the reported act: its date is not the event's",
    ),
    Example(
        _T + "Thứ Hai, 15/4/2024\nHội Phụ nữ xã ra mắt mô hình tiết kiệm. Theo kế hoạch, "
        "chiều 20/4, hội sẽ tổ chức hội thi nấu ăn.",
        {"event": None},
        "'Theo kế hoạch,' opens a plan: its date is no event's date",
    ),
    Example(
        _T + "Thứ Năm, 14/3/2024\nSáng 13/3, Hội Nông dân xã tổ chức hội nghị sơ kết, đánh "
        "giá kết quả đạt được trước đó. Trước đó, ngày 5/3, các chi hội đã họp bàn.",
        {"event": "2024-03-13", "dates": ["2024-03-13", "2024-03-05"]},
        "the lead's own date stays the event's; 'trước đó' inside a sentence opens nothing, and "
        "the background's date is still a date mention",
    ),
    Example(
        _T + "Chiều 10/2, chi bộ tổ chức lễ trao Huy hiệu Đảng cho đảng viên lão thành.",
        {"event": "--02-10", "tod": "chiều", "inferred": False},
        "no year anywhere: left unresolved",
    ),
    Example(
        _T + "Sáng 10/9, Tỉnh ủy tổ chức hội nghị tổng kết 15 năm giai đoạn 2004-2019.",
        {"event": "2019-09-10", "inferred": True},
        "period in the lead sentence",
    ),
    Example(
        _T + "Sáng 25/9, Ban Dân vận tổ chức giao ban trực tuyến với các huyện.\n\nCác đơn vị báo "
        "cáo kết quả.\n\nTrong 9 tháng đầu năm 2017, toàn tỉnh đã vận động được 2 tỷ đồng.",
        {"event": "2017-09-25", "inferred": True},
        "the year of the first months reviewed, the event in the month they end",
    ),
    Example(
        "Ra quân Mùa hè xanh 2021\nSáng 12-6, Thành đoàn tổ chức lễ ra quân chiến dịch Mùa hè "
        "xanh 2021.\nChiến dịch Mùa hè xanh 2021 sẽ kéo dài đến hết tháng 8.",
        {"event": "2021-06-12", "inferred": True},
        "a programme's year named again in a sentence about what is to come still dates it",
    ),
    Example(
        _T + "Sáng 6/8, Ban Thường trực Ủy ban MTTQ huyện tổ chức kỳ họp thường kỳ.\n\n"
        "Kỳ họp đánh giá kết quả công tác 6 tháng đầu năm 2021.",
        {"event": "2021-08-06", "inferred": True},
        "a review of six months held in August, two months after they end, is that year's",
    ),
    Example(
        _T + "Sáng 25/12, Ban Dân vận tổ chức hội nghị.\n\nTrong 9 tháng đầu năm 2017, toàn tỉnh "
        "đã vận động được 2 tỷ đồng.",
        {"event": "--12-25", "inferred": False},
        "months reviewed that end long before the event give it no year",
    ),
    Example(
        _T + "Sáng 14-4, đoàn công tác làm việc với tỉnh, nghe báo cáo kết quả từ sau Đại hội Đảng "
        "bộ tỉnh lần thứ X, nhiệm kỳ 2015-2020 đến nay.",
        {"event": "--04-14", "inferred": False},
        "the time since a congress ('từ sau ... đến nay'): the term gives no year",
    ),
    Example(
        _T + "Chiều 15/8, Hội Luật gia tỉnh tổ chức Đại hội đại biểu khóa V, nhiệm kỳ 2019 – 2024.",
        {"event": "2019-08-15", "inferred": True},
        "a congress opens its term: the first year of the term",
    ),
    Example(
        _T
        + "Ngày 26/12, Ban Chấp hành Hội tổng kết công tác năm 2018, triển khai công tác năm 2019.",
        {"event": "2018-12-26", "inferred": True},
        "years named in the sentence: the earlier",
    ),
    Example(
        _T + "Chiều ngày 9/7, Đảng ủy xã tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ "
        "tháng 6 năm 2021 và triển khai nhiệm vụ tháng 7 năm 2021.",
        {"event": "2021-07-09", "inferred": True},
        "a month of a year reviewed: the event follows that month, not the whole year",
    ),
    Example(
        _T + "Sáng 16/6, Tổng công ty tổ chức lễ kỷ niệm 10 năm thành lập.\n"
        "Ngày 15/6/2007, Bộ ban hành quyết định thành lập Tổng công ty, mở ra chặng đường mới.",
        {"event": "2017-06-16", "inferred": True},
        "anniversary arithmetic: founding year + 10",
    ),
    Example(
        _T + "Ngày 1/7, tại thành phố, diễn ra Lễ kỷ niệm 30 năm ngày tái lập tỉnh.\n"
        "Sau nhiều năm hợp nhất, ngày 1/7/1989 tỉnh được trở về với tên gọi cũ của mình.",
        {"event": "2019-07-01", "inferred": True},
        "anniversary on the founding day",
    ),
    Example(
        _T + "Nhân kỷ niệm 50 năm Ngày giải phóng tỉnh (31/3/1975 - 31/3/2025), chiều 30/3, "
        "Tỉnh ủy đã tổ chức gặp mặt đại biểu tiêu biểu.",
        {
            "event": "2025-03-30",
            "tod": "chiều",
            "dates": ["1975-03-31", "2025-03-31", "2025-03-30"],
            "periods": [],
        },
        "a date pair in parentheses is two dates, not the event and not a period",
    ),
    Example(
        _T + "Chiều ngày 30/11/2018, ngân hàng tổ chức lễ kỷ niệm 10 năm thành lập.",
        {"event": "2018-11-30", "inferred": False},
        "the year written in the date",
    ),
    Example(
        _T + "Đến dự lễ kỷ niệm có nhiều đại biểu.\n"
        "Lễ kỷ niệm diễn ra tại hội trường sáng 16-11-2017, "
        "có đông đảo thầy cô giáo tham dự.",
        {"event": "2017-11-16"},
        "no date in the first paragraph: a cued date in the next one",
    ),
    Example(
        _T + "Thứ Tư, 28/4/2021\nHôm qua, Ban Dân vận tổ chức hội nghị trực tuyến với các huyện.",
        {"event": "2021-04-27", "dates": ["2021-04-27"]},
        "yesterday, from the publication date",
    ),
    Example(
        _T + "Thứ Ba, 27/4/2021\nSáng nay (27/4), Ban Dân vận tổ chức hội nghị với các huyện.",
        {"event": "2021-04-27", "tod": "sáng"},
        "a date in parentheses after 'sáng nay'",
    ),
    Example(
        _T + "Thứ Hai, 3/1/2022\nNgày 28/12, Ban Dân vận tổ chức hội nghị tổng kết năm.",
        {"event": "2021-12-28"},
        "an article of early January about late December",
    ),
    Example(
        _T + "Theo báo cáo tổng kết, trong 5 năm qua các đơn vị đã phối hợp chặt chẽ.",
        {"event": None, "dates": [], "periods": []},
        "no date in the lead: no event date",
    ),
    Example(
        _T + "Sáng 2/10, lễ ký kết diễn ra tại Hà Nội. Trước đó, ngày 1/10, hai bên đã gặp nhau.",
        {"event": "--10-02", "dates": ["--10-02", "--10-01"]},
        "the first cued date of the lead",
    ),
    Example(
        _T + "Chiều 12-1, Tập đoàn tổ chức hội nghị tổng kết năm 2018 và triển khai nhiệm vụ "
        "năm 2019.",
        {"event": "2019-01-12", "inferred": True},
        "a year reviewed in January: the year after it",
    ),
    Example(
        _T + "Ngày 9/12, Bộ Nội vụ tổ chức hội nghị tổng kết công tác năm 2014 và triển khai "
        "nhiệm vụ năm 2015.",
        {"event": "2014-12-09", "inferred": True},
        "a year reviewed in December: that year, not the planned one",
    ),
    Example(
        _T + "Ngày 30-7, Ban Dân vận sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 "
        "tháng cuối năm 2019.",
        {"event": "2019-07-30", "inferred": True},
        "only the planned months carry a year: the review falls just before them",
    ),
    Example(
        _T + "Ngày 27/11, đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri huyện Hòa Vang. Cũng về "
        "đất đai, đầu tháng 11/2018, hai bộ đã ký biên bản bàn giao khu đất. Cử tri đề nghị "
        "hoàn thành việc đền bù trong năm 2018.",
        {"event": "2018-11-27", "inferred": True},
        "the event's own month named with a year elsewhere in the body, the year named again",
    ),
    Example(
        _T + "Chiều 14/11, Quốc hội họp kín về dự án điện hạt nhân. Tháng 11/2009, Quốc hội đã "
        "thông qua chủ trương đầu tư dự án.",
        {"event": "--11-14", "inferred": False},
        "a month of the past named once falls on the event's month by chance (sessions sit "
        "in the same months every year): no year",
    ),
    Example(
        _T + "Ngày 4-5, hai thanh niên (sinh năm 1996) được tuyên dương vì dũng cảm cứu người.",
        {"event": "--05-04", "inferred": False},
        "a birth year is not the event's",
    ),
    Example(
        _T + "Thứ Hai, 1/7/2019\nSáng nay 1-7, lễ thượng cờ được tổ chức tại quảng trường.",
        {"event": "2019-07-01", "tod": "sáng"},
        "'sáng nay' before the date without parentheses",
    ),
    Example(
        _T + "Chiều 5.7 tại trụ sở UBND thành phố diễn ra cuộc đối thoại với ngư dân.",
        {"event": "--07-05", "tod": "chiều"},
        "day and month with a full stop, after a time of day",
    ),
    Example(
        _T + "Sáng 20-8, đoàn đại biểu dâng hương kỷ niệm 131 năm ngày sinh Chủ tịch Tôn Đức "
        "Thắng (20-8-1888 - 20-8-2019).",
        {
            "event": "2019-08-20",
            "inferred": True,
            "dates": ["2019-08-20", "1888-08-20", "2019-08-20"],
        },
        "a birth date before 1900 in an anniversary pair",
    ),
    Example(
        _T + "Theo Nghị quyết số 333/2017/UBTVQH14 ngày 11/1/2017, sáng 20/1 các đại biểu đã "
        "họp phiên toàn thể.",
        {"event": "--01-20", "dates": ["2017-01-11", "--01-20"]},
        "a document's date is not the event's",
    ),
    # -- the event's year from the article (no publication date) ------------------------
    Example(
        _T + "Chiều 1-9, Chủ tịch UBND tỉnh làm việc với Sở Nội vụ về tình hình 8 tháng đầu "
        "năm 2019.",
        {"event": "2019-09-01", "inferred": True},
        "a meeting about months of a year (về tình hình): just after them",
    ),
    Example(
        _T + "Chiều 20-4, UBND tỉnh tổ chức hội nghị đánh giá kết quả công tác năm 2018 và "
        "triển khai nhiệm vụ năm 2019.",
        {"event": "2019-04-20", "inferred": True},
        "đánh giá ... năm 2018 in April: the year after it",
    ),
    Example(
        _T + "Ngày 15-2, Ban Dân vận gặp mặt các đoàn thể để rút kinh nghiệm việc thực hiện "
        "quy chế phối hợp năm 2018, triển khai công tác năm 2019.",
        {"event": "2019-02-15", "inferred": True},
        "rút kinh nghiệm ... năm 2018 in February",
    ),
    Example(
        _T + "Sáng 13/7, Ban Thường vụ làm việc với Sở Tư pháp về kết quả 6 tháng đầu năm, "
        "giải pháp trọng tâm 6 tháng cuối năm 2019.",
        {"event": "2019-07-13", "inferred": True},
        "months planned with giải pháp: the review falls just before them",
    ),
    Example(
        _T + "Sáng 3-1, UBND huyện tổ chức hội nghị triển khai kế hoạch phát triển kinh tế - "
        "xã hội năm 2020.",
        {"event": "2020-01-03", "inferred": True},
        "a plan opened in January: the plan's year",
    ),
    Example(
        _T + "Ngày 27-12, Huyện ủy tổ chức hội nghị triển khai nhiệm vụ năm 2020.",
        {"event": "2019-12-27", "inferred": True},
        "a plan opened in late December: the year before it",
    ),
    Example(
        _T + "Ngày 12-6, Hội đồng nhân dân thông qua chương trình giám sát năm 2021.",
        {"event": "--06-12", "inferred": False},
        "a plan for a year named in June: this year's or next year's, so no year",
    ),
    Example(
        _T + "Sáng 18-5, Tỉnh đoàn tổ chức lễ trao giải cuộc thi tìm hiểu lịch sử Đảng năm 2019.",
        {"event": "2019-05-18", "inferred": True},
        "trao giải ... năm 2019: the year named",
    ),
    Example(
        _T + "Sáng 26/6, Thành đoàn tổ chức lễ ra quân chiến dịch tình nguyện Mùa hè xanh lần "
        "thứ 12 năm 2018.",
        {"event": "2018-06-26", "inferred": True},
        "an edition and its year",
    ),
    Example(
        _T + "Ngày 29/5, Sở Giáo dục khen thưởng học sinh đoạt giải cuộc thi Robocon Châu Á 2019.",
        {"event": "2019-05-29", "inferred": True},
        "a contest named with its year",
    ),
    Example(
        "Tưng bừng khai hội xuân Yên Tử 2020\nSáng 6/2, tại chùa Trình, Ban tổ chức khai mạc "
        "lễ hội.",
        {"event": "2020-02-06", "inferred": True},
        "a festival named with its year in the title",
    ),
    Example(
        _T + "Chiều 10.2, lãnh đạo thành phố gặp gỡ cộng đồng doanh nghiệp đầu năm 2019.",
        {"event": "2019-02-10", "inferred": True},
        "đầu năm 2019 with the event in February",
    ),
    Example(
        _T + "Ngày 8/7, HĐND thành phố thông qua nghị quyết về mức học phí năm học 2020-2021.",
        {"event": "2020-07-08", "inferred": True},
        "a school year named in July: the one starting",
    ),
    Example(
        _T + "Ngày 20/3, nhà trường tổ chức hội thi giáo viên dạy giỏi năm học 2019-2020.",
        {"event": "2020-03-20", "inferred": True},
        "a school year named in March: the one under way",
    ),
    Example(
        _T + "Sáng nay 6/2, tại chùa, Ban tổ chức khai mạc lễ hội xuân.\nLễ hội mở vào mùng 10 "
        "tháng Giêng (tức ngày 6/2/2020).",
        {"event": "2020-02-06", "inferred": True},
        "the event's day written elsewhere with its year",
    ),
    Example(
        _T + "Sáng 1/7, UBND tỉnh làm việc với đoàn công tác về việc cứu hộ tàu mắc cạn.\n"
        "Đến ngày 28/6/2019, tàu vẫn đang mắc cạn ở vùng biển của tỉnh.",
        {"event": "2019-07-01", "inferred": True},
        "a date of the present (vẫn, đang) three days before the event",
    ),
    Example(
        _T + "Ngày 7/7, tòa phúc thẩm mở phiên xử vụ án cố ý gây thương tích.\nTại phiên sơ "
        "thẩm ngày 23/6/2018, bị cáo bị tuyên phạt 10 năm tù.",
        {"event": "--07-07", "inferred": False},
        "a near date told as the past (last year's first trial) gives no year",
        xfail="dates.year-after-latest-date takes the first trial's year: a story's earlier "
        "step within two months reads as its time line (1 in 10 of the rule's years, judged "
        "on the corpus, are of this kind)",
    ),
    Example(
        _T + "Ngày 17/10, tại trụ sở Hội Luật gia, đã diễn ra hội nghị cụm thi đua.\nPhát biểu "
        "khai mạc, bà Chủ tịch Hội nêu rõ ý nghĩa. Hội nghị đã thống nhất chủ đề thi đua năm "
        "2019.",
        {"event": "2019-10-17", "inferred": True},
        "the one current year, in a sentence of the lead naming the event",
    ),
    Example(
        _T + "Ngày 5/6, Ban Dân vận tổ chức hội nghị giao ban.\nHội nghị nghe báo cáo kết quả "
        "năm 2016 và kế hoạch năm 2018 của các đơn vị.",
        {"event": "--06-05", "inferred": False},
        "two years compete: no year",
    ),
    Example(
        _T + "Sáng 12/7, tỉnh tổ chức lễ truy điệu 72 liệt sĩ.\nCác liệt sĩ đã hy sinh trong "
        "trận đánh hồi Tết Mậu Thân 1968.",
        {"event": "--07-12", "inferred": False},
        "a year of the past is not the current year",
    ),
    Example(
        _T + "Ngày 22-12, Ban Tuyên giáo tổ chức lễ trao giải sáng tác về Bác Hồ, đợt 1 giai "
        "đoạn 2015-2020.",
        {"event": "--12-22", "inferred": False},
        "a round of a span of years: neither its end nor any year",
    ),
    Example(
        _T + "Ngày 10/3, Sở tổ chức hội nghị quán triệt Nghị quyết số 18 năm 2017 của tỉnh.",
        {"event": "--03-10", "inferred": False},
        "a year that names a document is not the current year",
    ),
    Example(
        _T + "Sáng 18-5, Bộ tổ chức lễ tổng kết, trao giải thưởng sáng tạo trẻ.\nChào mừng 129 "
        "năm Ngày sinh Chủ tịch Hồ Chí Minh (19-5-1890 - 19-5-2019), các đơn vị đã thi đua.",
        {"event": "2019-05-18", "inferred": True},
        "an anniversary pair elsewhere ending the next day",
    ),
    Example(
        _T + "Nhân kỷ niệm 127 năm Ngày sinh Chủ tịch Hồ Chí Minh (19-5-1890/ 19-5-2017), sáng "
        "17-5, Thành ủy tổ chức khai mạc triển lãm ảnh.",
        {"event": "2017-05-17", "inferred": True},
        "an anniversary pair parted by a slash",
    ),
    Example(
        _T + "Ngày 10/9, Hội tổ chức hội nghị giao ban.\nNhân dịp 90 năm Ngày thành lập Đảng "
        "(3/2/1930 - 3/2/2020), Hội đã tổ chức nhiều hoạt động.",
        {"event": "--09-10", "inferred": False},
        "an anniversary pair ending seven months away gives no year",
    ),
    Example(
        _T + "Sáng 19-5, gần 1.000 cựu binh họp mặt kỷ niệm 60 năm ngày mở đường Trường Sơn.\n"
        "Ông là một trong những người đầu tiên soi đường Trường Sơn tháng 5/1959.",
        {"event": "2019-05-19", "inferred": True},
        "an anniversary counted from the article's earliest month, in the event's month",
    ),
    Example(
        _T + "Ngày 5/5/2015, dự án vẫn chưa được bàn giao mặt bằng.\nNgày 25/6, ông Khương, "
        "Phó Chủ tịch UBND thành phố thông báo tại hội nghị giao ban báo chí.",
        {"event": "2015-06-25", "inferred": True},
        "the latest date the story tells of, two months before the event, gives its year",
    ),
    Example(
        _T + "Dự án được khởi công tháng 3/2014 rồi dừng lại.\nNgày 25/6, ông Khương thông báo "
        "tại hội nghị giao ban báo chí.",
        {"event": "--06-25", "inferred": False},
        "the latest date the story tells of is more than two months before: no year",
    ),
    Example(
        _T + "Tháng 5/2016, công ty được gia hạn tới tháng 6/2018.\nNgày 12/6, công nhân lại "
        "đình công tại nhà máy.",
        {"event": "--06-12", "inferred": False},
        "a date pointed to (tới tháng 6/2018) is a deadline, not the story's latest step",
    ),
    Example(
        "Bế mạc hội nghị\n\nBan Chấp hành đã thảo luận nhiều nội dung quan trọng.\nHội nghị "
        "Tỉnh ủy lần thứ 7 bế mạc sáng 12-5 - Ảnh: Minh Anh",
        {"event": "--05-12", "inferred": False},
        "the body dates nothing: a caption's date with a time of day, naming an event",
    ),
    Example(
        "Dự án ven biển\n\nCông trình vẫn chưa hoàn thành.\nToàn cảnh dự án nhìn từ trên cao "
        "sáng 12-5 - Ảnh: Minh Anh",
        {"event": None},
        "a caption's date naming no event is not the event's",
    ),
    Example(
        _T + "Sáng 1/7, tỉnh tổ chức Lễ kỷ niệm 30 năm ngày tái lập tỉnh (1989-2019).",
        {"event": "2019-07-01", "inferred": True},
        "an anniversary and its two years in parentheses",
    ),
    Example(
        _T + "Chiều 17/6, Bộ tổ chức hội nghị sơ kết 5 năm thực hiện Luật Hợp tác xã năm 2012.",
        {"event": "2017-06-17", "inferred": True},
        "N years of a law of year Y: Y + N, not a review of the law's year",
    ),
    Example(
        _T + "Ngày 16/8, Hội tổ chức Đại hội lần thứ V. Nhiệm kỳ IV (2014 - 2019), Hội đã "
        "phát triển thêm 300 hội viên.",
        {"event": "2019-08-16", "inferred": True},
        "the term a congress closes: its last year, not its first",
    ),
    Example(
        _T + "Sáng 9/10, Hội Nông dân huyện tổ chức Đại hội, tổng kết nhiệm kỳ qua (2013 - 2018).",
        {"event": "2018-10-09", "inferred": True},
        "nhiệm kỳ qua: the term that ends",
    ),
    Example(
        _T + "Chiều 4/3, Thủ tướng chủ trì cuộc họp đánh giá kết quả thực hiện Đề án giảm quá "
        "tải bệnh viện giai đoạn 2013-2020.",
        {"event": "--03-04", "inferred": False},
        "a span weighed up (đánh giá) may be half way: no year",
    ),
    Example(
        _T + "Ngày 28/2, Bộ trưởng chủ trì cuộc họp kiểm điểm tình hình triển khai dự án cao tốc "
        "giai đoạn 2017 - 2020.",
        {"event": "--02-28", "inferred": False},
        "a plan for several years puts no reviewed year before it",
    ),
    Example(
        _T + "Sáng 20-8, Bảo tàng trao giải hội thi vẽ tranh thiếu nhi lần thứ XIV năm 2019.",
        {"event": "2019-08-20", "inferred": True},
        "an edition's year honoured: that year",
    ),
    Example(
        _T + "Tối 21/6, lễ tổng kết và trao giải Báo chí Quốc gia lần thứ XIII - năm 2018 được "
        "tổ chức tại Hà Nội.",
        {"event": "2019-06-21", "inferred": True},
        "an award's year reviewed: held the next year, by the review margin",
    ),
    Example(
        _T + "Sáng 20-8, lãnh đạo thành phố dâng hương tại Bảo tàng.\nĐoàn dự lễ kỷ niệm 131 "
        "năm ngày sinh Chủ tịch Tôn Đức Thắng (20-8-1888 - 20-8-2019) và 90 năm ngày thành "
        "lập Công đoàn (28-7-1929 - 28-7-2019).",
        {"event": "2019-08-20", "inferred": True},
        "two anniversary pairs: the end of one and the start of the next are no pair",
    ),
    Example(
        _T + "Ngày 28/12, Sở Lao động cho biết đã nhận báo cáo về mức thưởng Tết Nguyên đán 2019 "
        "của các doanh nghiệp.",
        {"event": "2018-12-28", "inferred": True},
        "Tết of a year told in December: the year before",
    ),
    Example(
        _T + "Chiều 20/5, Quốc hội nghe báo cáo tổng hợp kết quả kiểm toán năm 2018.",
        {"event": "2019-05-20", "inferred": True},
        "a report on a year's results in May: the year after it",
    ),
    Example(
        _T + "Sáng 13/8, Hội đồng tiền lương quốc gia bỏ phiếu về phương án tăng lương tối thiểu "
        "năm 2019.",
        {"event": "--08-13", "inferred": False},
        "a plan for a year voted in August: this year's or next year's, so no year",
    ),
    Example(
        _T + "Chiều 28/12, tại hội nghị Chính phủ với các địa phương, Thủ tướng nêu các nhiệm vụ "
        "trọng tâm năm 2019.",
        {"event": "2018-12-28", "inferred": True},
        "a year's focus named in late December: the year before it",
    ),
    Example(
        _T + "Chiều 4/6, Bí thư Tỉnh ủy chủ trì cuộc họp về kỳ thi vào lớp 10 năm học 2019-2020.",
        {"event": "2019-06-04", "inferred": True},
        "the entrance exam of a school year: the one about to start",
    ),
    Example(
        _T + "Ngày 26/8, UBND huyện cho biết tiền hỗ trợ học sinh nghèo năm học 2014-2015 chưa "
        "đến tay các em.",
        {"event": "--08-26", "inferred": False},
        "a school year told of, beside no event: no year",
    ),
    Example(
        _T + "Ngày 16/12, Thủ tướng dự lễ kỷ niệm 15 năm thành lập khu kinh tế mở.\nQuyết định "
        "điều chỉnh quy hoạch được ban hành đầu tháng 12/2018. Năm 2003, khu kinh tế ra đời.",
        {"event": "--12-16", "inferred": False},
        "a month of the latest year is no founding date, even beside ban hành",
    ),
    Example(
        _T + "Ngày 3/10, Cơ quan điều tra cho biết đã kết luận điều tra vụ án.\nTừ ngày 5/9/2016 "
        "đến nay, công ty vẫn hoạt động. Tháng 5/2017, công ty bị khám xét.",
        {"event": "--10-03", "inferred": False},
        "a near date before a later date the article tells of gives no year",
    ),
    Example(
        "Thưởng Tết 2016 cao nhất 320 triệu đồng\nNgày 31-12 là hạn chót các doanh nghiệp báo "
        "cáo về tiền lương, thưởng Tết.",
        {"event": "2015-12-31", "inferred": True},
        "Tết of a year in the title, told on 31 December: the year before",
    ),
    Example(
        _T + "Ngày 12/5, tỉnh khai mạc triển lãm tư liệu về Hoàng Sa.\nTriển lãm có thư gửi "
        "thân nhân sĩ quan tử trận ở Hoàng Sa năm 1974.",
        {"event": "--05-12", "inferred": False},
        "a year of those killed in battle is the past",
    ),
    Example(
        _T + "Chiều 13-11, tại cuộc họp về kịch bản điều hành giá điện năm 2019, Phó Thủ tướng "
        "yêu cầu Bộ Công thương báo cáo Thủ tướng.",
        {"event": "2018-11-13", "inferred": True},
        "a report word after a plan's year: the plan's year is not reviewed, the event is "
        "before it",
    ),
    Example(
        _T + "Sáng 14/11, Quốc hội nghe báo cáo về công tác giải quyết khiếu nại, tố cáo năm 2018.",
        {"event": "2018-11-14", "inferred": True},
        "a year reported on in November: that year",
    ),
    Example(
        _T + "Ngày 15-6, Bộ trưởng cho biết lệnh thu phí túi nylon sẽ có hiệu lực từ 1-4-2020, "
        "trước Thế vận hội Olympic 2020.",
        {"event": "--06-15", "inferred": False},
        "a named event in a sentence about the future is no edition of the event",
    ),
    Example(
        _T + "Ngày 14/3, UBND quận ra công văn yêu cầu tháo dỡ công trình vi phạm.\nTrước đó, "
        "UBND quận đã yêu cầu chủ công trình tháo dỡ xong trước ngày 14/3/2016.",
        {"event": "--03-14", "inferred": False},
        "the event's day and month with a year told as the past (trước đó)",
    ),
    Example(
        _T + "Sáng 3-9, Bộ Công an trình Ủy ban Tư pháp báo cáo về công tác phòng chống tội "
        "phạm năm 2019.",
        {"event": "2019-09-03", "inferred": True},
        "a yearly report in September: that year",
    ),
    Example(
        _T + "Ngày 15-5, Thủ tướng chủ trì cuộc họp về dự án.\nCuộc họp rà soát dự án được phê "
        "duyệt bằng QĐ 367/TTg năm 1996.",
        {"event": "--05-15", "inferred": False},
        "a year naming an abbreviated document",
    ),
    Example(
        _T + "Sáng 19/5, tỉnh tổ chức lễ an táng 12 hài cốt liệt sỹ.\nĐây là những hài cốt được "
        "quy tập trong đợt quy tập lần thứ nhất trong năm 2020.",
        {"event": "2020-05-19", "inferred": True},
        "an edition's year in the lead names the current year by itself",
    ),
    Example(
        _T + "Sáng 12-2, lễ báo cáo hoàn thành công trình đài tưởng niệm trận đánh năm 1968 "
        "diễn ra tại thành phố.",
        {"event": "--02-12", "inferred": False},
        "a report word in a sentence about the past weighs up no year",
    ),
    Example(
        _T + "Sáng 12-2, tức 27 tháng Chạp, lễ khánh thành đài tưởng niệm diễn ra tại thành phố."
        "\nTại đây, rạng sáng ngày 31-1-1968 (tức mùng 2 Tết Mậu Thân), 11 chiến sĩ đã chiến "
        "đấu.",
        {"event": "--02-12", "inferred": False},
        "tức turns a lunar date into a solar one: it ties no date to the present",
    ),
    Example(
        _T + "Ngày 15/3, Công an tỉnh bắt tạm giam một cán bộ huyện.\nÔng bị khởi tố theo Điều "
        "229 Bộ luật Hình sự năm 2015, sửa đổi năm 2017.",
        {"event": "--03-15", "inferred": False},
        "the year a law was amended is no current year",
    ),
    Example(
        "Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 4/2020\nHôm nay, 4/5, dưới sự "
        "chủ trì của Thủ tướng, Chính phủ họp phiên thường kỳ.",
        {"event": "2020-05-04", "inferred": True},
        "the month named with the event in the title, days before it",
    ),
    Example(
        _T + "Ngày 6/6, tòa án mở phiên xử vụ lừa đảo.\nKhoảng tháng 5/2014, bị cáo quen bị "
        "hại qua mạng.",
        {"event": "--06-06", "inferred": False},
        "a month told of elsewhere in the article gives no year",
    ),
    # what must stay as it was (the negative cases of the error report)
    Example(
        _T + "Ngày 20/6, Bộ trao bằng khen cho các đơn vị đạt danh hiệu 5 năm liền (2012-2016).",
        {"event": "--06-20", "inferred": False},
        "a span of years in brackets, with no review or honour of it: no year",
    ),
    Example(
        _T + "Ngày 6/12, Đại hội đại biểu Hội Nông dân huyện khai mạc.\nÔng Lê Văn A (sinh năm "
        "1961) được bầu làm Chủ tịch Hội nhiệm kỳ 2016-2021.",
        {"event": "--12-06", "inferred": False},
        "a term in another sentence and a birth year give no year",
    ),
    Example(
        _T + "Sáng 26/5, đoàn kiểm tra làm việc với Ban Thường vụ Tỉnh ủy về thực hiện Kết luận "
        "số 24-KL/TW ngày 5/6/2012 và Quy định ban hành ngày 4/7/2007.",
        {"event": "--05-26", "inferred": False},
        "documents' dates near the event's day give no year",
    ),
    Example(
        _T + "Ngày 25/5, đoàn kiểm tra công bố kết quả kiểm tra việc luân chuyển cán bộ của tỉnh "
        "từ tháng 6.2012 đến nay.",
        {"event": "--05-25", "inferred": False},
        "a start of history (từ tháng ... đến nay) gives no year",
    ),
    Example(
        "Tiếp xúc cử tri quận Ba Đình\nChiều 14/11, lãnh đạo thành phố tiếp xúc cử tri quận Ba "
        "Đình. Dự kiến cầu sẽ hoàn thành trước 10/10/2019.",
        {"event": "--11-14", "inferred": False},
        "a deadline told as ahead comes after the event: not the event's year",
    ),
    Example(
        "Tiếp xúc cử tri quận Ba Đình\nChiều 14/11, lãnh đạo thành phố tiếp xúc cử tri quận Ba "
        "Đình. Dự kiến cầu sẽ hoàn thành trước 10/12/2019.",
        {"event": "2019-11-14", "inferred": True},
        "a deadline weeks after the event puts it in the same year",
    ),
    Example(
        _T + "Ngày 27/11, Ban Dân vận làm việc với huyện về kế hoạch tháng 5-2019 và mục tiêu "
        "năm 2023 - 2025.",
        {"event": "--11-27", "inferred": False},
        "a planned month and a target span give no year",
    ),
    Example(
        _T + "Ngày 30/4, xã tổ chức gặp mặt cựu chiến binh.\nNăm 1975, các ông đã tham gia giải "
        "phóng quê hương.",
        {"event": "--04-30", "inferred": False},
        "a year of history beside the event is not the event's",
    ),
    Example(
        _T + "Ngày 15/5, Thành đoàn tổ chức lễ biểu dương thanh niên tiêu biểu năm học 2017-2018.",
        {"event": "2018-05-15", "inferred": True},
        "biểu dương ... a span: its last year (as before)",
    ),
    # -- the event's own date -------------------------------------------------------------
    Example(
        _T + "Sapo của bài viết về hoạt động dân vận.\nNgày 10/2, Ban Dân vận ban hành kế "
        "hoạch. Hội nghị sơ kết công tác dân vận diễn ra chiều 19-2 tại Hội trường Tỉnh ủy.",
        {"event": "--02-19", "tod": "chiều"},
        "a later date of the lead in the event's sentence beats a first one naming no event",
    ),
    Example(
        _T + "Sapo của bài viết về hoạt động bảo tồn.\nNgày 5/4, ông Giám đốc cho biết đơn "
        "vị đã đấu giá thành công. Dự kiến ngày 16/4, lễ trưng bày sẽ khai mạc.",
        {"event": "--04-05"},
        "a later date in a sentence about the future is a plan, not the event",
    ),
    Example(
        _T + "Sapo của bài viết về thời sự.\nNgày 6/2, Đảng đối lập yêu cầu Thủ tướng từ chức. "
        "Động thái diễn ra sau cuộc họp hôm 31/1 của nội các.",
        {"event": "--02-06"},
        "an earlier date (hôm 31/1) is a past one, not the event",
    ),
    Example(
        "Chi hội hữu nghị huyện tổ chức đại hội\n28/10/2019 07:00\n\nNgày 27/10, Chi hội hữu "
        "nghị huyện đã tổ chức Đại hội Đại biểu lần thứ II, nhiệm kỳ 2019 – 2024\n\nTham dự có "
        "đồng chí Bí thư Huyện ủy và lãnh đạo các phòng, ban của huyện. Trong nhiệm kỳ qua, Chi "
        "hội đã phối hợp với các ban, ngành tổ chức nhiều hoạt động giao lưu hữu nghị với nhân "
        "dân nước bạn, góp phần vun đắp tình đoàn kết giữa hai dân tộc.\n",
        {"event": "2019-10-27", "inferred": False},
        "a lead line without a full stop (read as a caption) above the first paragraph",
    ),
    Example(
        _T + "Hôm nay, 4/5, dưới sự chủ trì của Thủ tướng, Chính phủ họp phiên thường kỳ.",
        {"event": "--05-04", "dates": ["--05-04"]},
        "hôm nay, a comma and the date",
    ),
    Example(
        _T + "Sáng ngày 26/ 2 Ủy ban MTTQ huyện đã tổ chức hội nghị triển khai chương trình.",
        {"event": "--02-26", "tod": "sáng"},
        "a slash and a space after a strong cue",
    ),
    Example(
        _T + "Theo Kết luận số 24-KL/TW ngày 5.6.2012, sáng 25.5 đoàn kiểm tra làm việc với tỉnh.",
        {"event": "--05-25", "dates": ["2012-06-05", "--05-25"]},
        "a document number with a hyphen: its date is the document's",
    ),
    # -- other dates ----------------------------------------------------------------------------
    Example(
        _T + "Đồng chí sinh ngày 1 tháng 3 năm 1958, vào Đảng ngày 16/2/1987.",
        {"dates": ["1958-03-01", "1987-02-16"]},
        "written out and with numbers",
    ),
    Example(
        _T + "Dự án được phê duyệt tại Quyết định số 265/QĐ-TTg ngày 31/12/2021.",
        {"dates": ["2021-12-31"]},
        "a decision's date, not its number",
    ),
    Example(
        _T + "Cuộc họp sẽ diễn ra vào giữa tháng 5/2025 tại trụ sở.",
        {"dates": ["2025-05"]},
        "a month of a year",
    ),
    Example(
        _T + "Cuộc gặp diễn ra hồi tháng 1.2017 tại Nhà Trắng.",
        {"dates": ["2017-01"]},
        "a month of a year with a full stop",
    ),
    Example(
        _T + "Các đơn vị hoàn thiện hồ sơ, gửi về Ban trước 28/4/2025.",
        {"dates": ["2025-04-28"]},
        "a deadline",
    ),
    Example(
        _T + "Thứ Tư, 2/5/2024\nDịp nghỉ lễ 30/4 - 1/5, các đoàn viên tham gia trực.",
        {"dates": ["2024-04-30", "2024-05-01"]},
        "two dates joined by a dash",
    ),
    Example(
        _T + "Kỷ niệm 87 năm ngày truyền thống (15-10-1930 - 15-10-2017) được tổ chức trang trọng.",
        {"dates": ["1930-10-15", "2017-10-15"], "periods": []},
        "a founding date pair in parentheses: two dates, no period",
    ),
    # -- periods ------------------------------------------------------------------------------
    Example(
        _T + "Hoạt động của đội công tác giai đoạn 2017-2022 đạt nhiều kết quả.",
        {"periods": [("2017-01-01", "2022-12-31")]},
        "giai đoạn",
    ),
    Example(
        _T + "HĐND tỉnh khóa X, nhiệm kỳ 2021 – 2026 đã thông qua nghị quyết.",
        {"periods": [("2021-01-01", "2026-12-31")]},
        "nhiệm kỳ with an en dash",
    ),
    Example(
        _T + "Nhiệm kỳ IV (2013 – 2019), Hội đã phát triển thêm nhiều hội viên.",
        {"periods": [("2013-01-01", "2019-12-31")]},
        "a term's number and its years in parentheses",
    ),
    Example(
        _T + "Kết quả công tác dân vận 9 tháng đầu năm 2020 được đánh giá cao.",
        {"periods": [("2020-01-01", "2020-09-30")]},
        "first months of a year",
    ),
    Example(
        _T + "Từ năm 2015 đến cuối tháng 6/2020, toàn tỉnh đã vận động xây 900 nhà đại đoàn kết.",
        {"periods": [("2015-01-01", "2020-06-30")]},
        "to the end (cuối) of a month, like hết",
    ),
    Example(
        _T + "Từ tháng 7.2014 đến tháng 5.2019, ông làm Bí thư Đảng ủy xã Tân Lập.",
        {"periods": [("2014-07-01", "2019-05-31")]},
        "from a month to a month, each with its year after a dot",
    ),
    Example(
        _T + "Từ tháng 7. 2014 đến tháng 5, xã vận động được 40 hộ.",
        {"periods": []},
        "a dot then a space ends the sentence: no year, no period",
    ),
    Example(
        _T + "Hội Cựu chiến binh huyện rà soát 11 chỉ tiêu thi đua 8 tháng năm 2019.",
        {"periods": [("2019-01-01", "2019-08-31")]},
        "first months of a year, đầu left out before the year",
    ),
    Example(
        _T + "Lễ kỷ niệm diễn ra ngày 14 tháng năm 2018 tại hội trường xã.",
        {"periods": []},
        "after ngày, a date that lost its month, no period",
    ),
    Example(
        _T + "Kết quả 5 tháng năm nay cho thấy nhiều chuyển biến.",
        {"periods": []},
        "no đầu and no year written: not read as months of a year",
    ),
    Example(
        _T + "Hội nghị triển khai nhiệm vụ 3 tháng cuối năm 2020.",
        {"periods": [("2020-10-01", "2020-12-31")]},
        "last months of a year",
    ),
    Example(
        _T + "Thứ Năm, 6/7/2023\nCác đơn vị báo cáo kết quả 6 tháng đầu năm.",
        {"periods": [("2023-01-01", "2023-06-30")]},
        "first months of the year of publication",
    ),
    Example(
        _T + "Hội nghị đánh giá kết quả 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối "
        "năm 2021.",
        {"periods": [("2021-01-01", "2021-06-30"), ("2021-07-01", "2021-12-31")]},
        "a yearless period takes the year of the next one in its sentence",
    ),
    Example(
        _T + "Thứ Hai, 3/1/2022\nCác đơn vị báo cáo kết quả 6 tháng đầu năm. Nhiệm vụ 6 tháng "
        "cuối năm 2021 đã hoàn thành.",
        {"periods": [("2022-01-01", "2022-06-30"), ("2021-07-01", "2021-12-31")]},
        "... but not across a sentence's end",
    ),
    Example(
        _T + "Doanh thu quý I/2025 tăng so với cùng kỳ.",
        {"periods": [("2025-01-01", "2025-03-31")]},
        "a quarter",
    ),
    Example(
        _T + "Kế hoạch được thực hiện trong quý 2-2018.",
        {"periods": [("2018-04-01", "2018-06-30")]},
        "a quarter in digits with a hyphen",
    ),
    Example(
        _T + "Phường tổ chức sơ kết công tác quí 1 năm 2023 vào sáng 5/4.",
        {"periods": [("2023-01-01", "2023-03-31")]},
        "quí, the older spelling of quý",
    ),
    Example(
        _T + "Từ năm 2010 đến năm 2020, tỉnh đã xây dựng nhiều công trình.",
        {"periods": [("2010-01-01", "2020-12-31")]},
        "from one year to another",
    ),
    Example(
        _T + "Ông giữ chức vụ từ tháng 8/2011 đến tháng 4/2016.",
        {"periods": [("2011-08-01", "2016-04-30")]},
        "from one month to another",
    ),
    Example(
        _T + "Đợt thi đua diễn ra trong tháng 9-10/2016.",
        {"periods": [("2016-09-01", "2016-10-31")]},
        "two months of one year",
    ),
    Example(
        _T + "Tháng 3/2006 đến 5/2006, ông làm Phó Tổng Thanh tra Chính phủ.",
        {"periods": [("2006-03-01", "2006-05-31")]},
        "two months each with its year, without từ and the second tháng",
    ),
    Example(
        _T + "Bà Lò Thị Lan, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh (1/2004 - 5/2010), phát biểu.",
        {"periods": [("2004-01-01", "2010-05-31")]},
        "a term of office in brackets: two months with their years, no tháng",
    ),
    Example(
        _T + "Chương trình mục tiêu quốc gia 2021-2025 được triển khai đồng bộ.",
        {"periods": [("2021-01-01", "2025-12-31")]},
        "two years alone",
    ),
    Example(
        _T + "Lễ kỷ niệm 30 năm ngày tái lập tỉnh (1989-2019) diễn ra trọng thể.",
        {"periods": [("1989-01-01", "2019-12-31")]},
        "two years in parentheses",
    ),
    Example(
        _T + "Thời gian thực hiện từ ngày 1/7/2020 đến ngày 30/6/2021.",
        {"periods": [("2020-07-01", "2021-06-30")], "dates": ["2020-07-01", "2021-06-30"]},
        "from one day to another: a period and its two dates",
    ),
    Example(
        _T + "Hội nghị tổng kết giai đoạn 2016-2021. Tặng Giấy khen giai đoạn 2016-2021.",
        {"periods": [("2016-01-01", "2021-12-31")]},
        "one period named twice is listed once",
    ),
    Example(
        "Chúc mừng Giáng sinh\nNhân dịp Lễ Giáng sinh năm 2023, chiều 20/12, Ban Dân vận Tỉnh "
        "ủy đến thăm, chúc mừng Tòa Giám mục.",
        {"event": "2023-12-20", "inferred": True},
        "Giáng sinh năm 2023 is Christmas of the current year, not a birth year",
    ),
    Example(
        "Thăm gia đình chính sách\nÔng A sinh năm 1950. Chiều 20/12, Ban Dân vận Tỉnh ủy đến "
        "thăm gia đình ông.",
        {"event": "--12-20"},
        "a birth year gives no event year",
    ),
    Example(
        "Kỳ họp thứ 12 HĐND tỉnh\nNgày 21/4, HĐND tỉnh khai mạc kỳ họp thứ 12, kỳ họp cuối "
        "cùng của nhiệm kỳ 2016-2021.",
        {"event": "2021-04-21", "inferred": True},
        "the closing session of a term falls in its last year (data/term_end_cues.txt)",
    ),
    Example(
        "Hội nghị cán bộ toàn quốc\nTrưởng Ban Tổ chức Tỉnh ủy phát biểu. Năm nay, ngành "
        "tập trung tham mưu công tác nhân sự. Mọi việc đều được chuẩn bị chu đáo. Sáng 27/1, "
        "Ban Tổ chức Tỉnh ủy tổ chức hội nghị triển khai nhiệm vụ.",
        {"event": "--01-27", "tod": "sáng"},
        "a caption repeated before the lead: the first cued date in a sentence naming an event",
    ),
    Example(
        _T + "Giai đoạn từ năm 2016 đến tháng 9-2018, huyện xây dựng 12 nhà đại đoàn kết.",
        {"periods": [("2016-01-01", "2018-09-30")]},
        "from a year to the end of a month",
    ),
    # -- ranges of days, several days, documents named without a number -----------------
    Example(
        _T + "Từ ngày 03/02/2024 đến ngày 05/02/2024, Đại hội Hội Nông dân huyện đã diễn ra.",
        {"event": "2024-02-03", "periods": [("2024-02-03", "2024-02-05")]},
        "từ ngày A đến ngày B: the event opens on A (dates.numbers, a range's first day cued)",
    ),
    Example(
        _T + "Từ ngày 14/11 đến ngày 17/11/2023, các thôn tổ chức Ngày hội Đại đoàn kết.",
        {"event": "2023-11-14"},
        "từ ngày A đến ngày B: A takes the year written on B",
    ),
    Example(
        _T + "Từ ngày 09 đến ngày 11 tháng 3 năm 2022, HĐND huyện họp kỳ họp thứ 5.",
        {"event": "2022-03-09"},
        "a range of days written out: the first day, the month and year written on the last",
    ),
    Example(
        _T + "Vào các ngày 18 và 19 tháng 11 năm 2023, Ban công tác Mặt trận tổ chức Ngày hội.",
        {"event": "2023-11-18"},
        "các ngày D1 và D2 tháng M: several days, the first is the event's",
    ),
    Example(
        _T + "Ngày 20, 21 tháng 4 năm 2023, Hội Cựu chiến binh tổ chức hội thao truyền thống.",
        {"event": "2023-04-20"},
        "ngày D1, D2 tháng M: several days, the first is the event's",
    ),
    Example(
        _T + "Thực hiện Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020, các xã ra quân "
        "dọn vệ sinh đồng loạt.",
        {"event": None},
        "a law named without its number: its date is the law's, not the event's",
    ),
    Example(
        _T + "Quán triệt Nghị quyết Đại hội Đảng bộ tỉnh ngày 15/10/2020, các chi bộ xây dựng "
        "chương trình hành động.",
        {"event": None},
        "a resolution named without its number: its date is the document's",
    ),
    Example(
        _T + "Bộ luật Lao động vừa được Quốc hội thông qua ngày 20/11/2019 có nhiều điểm mới.",
        {"event": "2019-11-20"},
        "a law's name ends at a verb: the date is the day it was passed",
    ),
    Example(
        _T + "Phát biểu tại phiên thảo luận Luật Đất đai chiều 21/6/2023, đại biểu nêu ý kiến.",
        {"event": "2023-06-21", "tod": "chiều"},
        "a law named before a time of day: the day of the debate, no document's date",
    ),
    # -- a plain year against an anniversary pair; an honour after a plan word -----------
    Example(
        _T + "Sáng 9/10, thành phố tôn vinh công dân tiêu biểu năm 2023 và phát động thi đua "
        "chào mừng 70 năm Ngày Giải phóng (10/10/1954 - 10/10/2024).",
        {"event": "2023-10-09", "inferred": True},
        "a plain năm 2023 in the event's sentence beats the anniversary pair's end year",
    ),
    Example(
        _T + "Sáng 9/10, thành phố tổ chức lễ kỷ niệm 70 năm Ngày Giải phóng (10/10/1954 - "
        "10/10/2024) và tuyên dương điển hình năm 2024.",
        {"event": "2024-10-09", "inferred": True},
        "a plain year that is the pair's own: the pair's year stands",
    ),
    Example(
        _T + "Kỷ niệm 95 năm Ngày Báo chí (21/6/1925 – 21/6/2020), tối 21/6, Hội Nhà báo tổ chức "
        "Lễ trao giải báo chí lần thứ XIV năm 2019.",
        {"event": "2020-06-21", "inferred": True},
        "an edition's year is not a plain year: the anniversary pair's year stands",
    ),
    Example(
        _T + "Sáng 19-3, Huyện đoàn tổ chức lễ kỷ niệm 89 năm ngày thành lập Đoàn (26-3-1931 – "
        "26-3-2020) và phát động chiến dịch “Mùa hè xanh - năm 2021”. Năm 2021, Huyện đoàn "
        "đặt chỉ tiêu 40 công trình thanh niên.",
        {"event": "2020-03-19", "inferred": True},
        "a year inside quotation marks names a campaign: no plain year against the pair",
    ),
    Example(
        _T + 'Sáng 9/10, thành phố phát động phong trào "Dân vận khéo", tôn vinh công dân tiêu '
        "biểu năm 2023 và thi đua chào mừng 70 năm Ngày Giải phóng (10/10/1954 - 10/10/2024).",
        {"event": "2023-10-09", "inferred": True},
        "a plain year after a quoted name (its quotation marks closed) beats the pair",
    ),
    Example(
        _T + "Tối 24/3, Thành đoàn tổ chức chương trình giao lưu và trao giải thưởng Lý Tự Trọng "
        "năm 2021.",
        {"event": "2021-03-24", "inferred": True},
        "trao giải thưởng ... năm 2021 after chương trình: the honoured year, not a plan's",
    ),
    Example(
        "Họp báo định kỳ\nChiều 5/7, UBND tỉnh tổ chức họp báo định kỳ quý II/2023.",
        {"event": "2023-07-05", "inferred": True},
        "a press briefing reports on the quarter just ended (assessment_cues.txt)",
    ),
    # -- round 5: an unbracketed anniversary pair; a batch named by a holiday; a round ---
    Example(
        _T + "Nhân dịp kỷ niệm 80 năm Ngày thành lập Đảng 3/2/1930 - 3/2/2010, sáng ngày "
        "29/1/2010, Huyện ủy tổ chức lễ trao Huy hiệu Đảng.",
        {"event": "2010-01-29", "tod": "sáng", "dates": ["1930-02-03", "2010-02-03", "2010-01-29"]},
        "dates.pair without brackets: the same day and month in two years is an anniversary "
        "pair, and the cued date after it (its own time of day) is the event's",
    ),
    Example(
        _T + "Chào mừng 90 năm Ngày thành lập Hội Nông dân 14/10/1930 - 14/10/2020, Đảng ủy xã "
        "đã tổ chức lễ biểu dương hội viên.",
        {"event": None, "dates": ["1930-10-14", "2020-10-14"]},
        "dates.pair without brackets: neither end of the pair is the event's date",
    ),
    Example(
        _T + "Đợt này, từ 1/7/2021 - 15/7/2021, hội viên ra quân dọn vệ sinh.",
        {"dates": ["2021-07-01", "2021-07-15"]},
        "dates.pair not taken: two different days are no anniversary pair",
    ),
    Example(
        _T + "Đảng bộ xã tổ chức Lễ trao Huy hiệu Đảng đợt 3/2/2024 cho 9 đồng chí.",
        {"event": None, "dates": ["2024-02-03"]},
        "dates.batch: a date right after đợt names the batch, not the day of the ceremony",
    ),
    Example(
        _T + "Sáng 2/9/2023, Đảng bộ xã tổ chức Lễ trao Huy hiệu Đảng cho 9 đồng chí.",
        {"event": "2023-09-02", "tod": "sáng"},
        "dates.batch not taken: the same holiday with a time of day is the day of the ceremony",
    ),
    Example(
        _T + "Chiều ngày 28.7, xã Tân Lập đã sơ kết công tác dân vận đợt 1 năm 2021.",
        {"event": "2021-07-28", "inferred": True},
        "dates.year-reviewed, a round: đợt 1 năm 2021 is reviewed inside 2021, not after it",
    ),
    Example(
        _T + "Chiều ngày 12.1, xã Tân Lập tổ chức sơ kết công tác dân vận năm 2021.",
        {"event": "2022-01-12", "inferred": True},
        "dates.year-reviewed without a round: a whole year is reviewed after its end",
    ),
    # -- an occasion's day (occasion_cues.txt) ------------------------------------------------
    Example(
        "XÃ TÂN HƯNG TẶNG QUÀ GIA ĐÌNH CHÍNH SÁCH NHÂN NGÀY 27/7\nĐoàn viên thanh niên xã đã "
        "đến thăm, tặng quà 30 gia đình chính sách trên địa bàn.",
        {"event": None, "dates": ["--07-27"]},
        "occasion: nhân ngày 27/7 in the headline names what the visit is for, not its day",
    ),
    Example(
        _T + "Hội Phụ nữ xã tặng hoa cho hội viên nhân dịp ngày 8/3.",
        {"event": None, "dates": ["--03-08"]},
        "occasion: nhân dịp ngày 8/3 in the lead",
    ),
    Example(
        "Tin hoạt động\nHướng tới ngày 22/12, Huyện đoàn thăm các gia đình có con đang tại ngũ.",
        {"event": None, "dates": ["--12-22"]},
        "occasion: hướng tới ngày 22/12, an act done on the way to the holiday",
    ),
    Example(
        _T + "Sáng ngày 20/11, nhân dịp kỷ niệm Ngày Nhà giáo, Công đoàn trường gặp mặt giáo viên.",
        {"event": "--11-20", "tod": "sáng"},
        "occasion not taken: a time of day dates the act itself",
    ),
    Example(
        _T + "Ông viết trên trang cá nhân ngày 19-5 rằng sẽ về thăm quê.",
        {"event": "--05-19"},
        "occasion not taken: cá nhân ngày 19-5 is a person's page on that day",
    ),
]

NEGATIVE: list[Example] = [
    Example(
        _T + "Toàn tỉnh có 35/71 xã, phường, thị trấn đạt chuẩn.", note="a fraction of communes"
    ),
    Example(_T + "Nhân dân đóng góp hơn 1.036 tỷ đồng xây dựng nông thôn mới.", note="money"),
    Example(_T + "Kỳ họp chuyên đề lần thứ Hai của HĐND tỉnh đã bế mạc.", note="an ordinal"),
    Example(_T + "Đơn vị xếp thứ 2 trong khối thi đua của tỉnh.", note="a rank, not Monday"),
    Example(
        _T + "UBND tỉnh ban hành Quyết định số 1034/QĐ-UBND về việc khen thưởng.",
        note="a decision's number",
    ),
    Example(_T + "Mỗi đợt tập huấn kéo dài 8-12 ngày tại cơ sở.", note="a range of days"),
    Example(_T + "Tốc độ tăng trưởng bình quân đạt 7 - 7,2%/năm.", note="a range of percentages"),
    Example(_T + "Mỗi tổ tự quản có từ 3-5 người tham gia.", note="a range of people"),
    Example(_T + "Qua 5 năm hoạt động, các đội công tác đã làm tốt nhiệm vụ.", note="a duration"),
    Example(_T + "Trong 15 năm qua, phong trào đã có nhiều chuyển biến.", note="a duration"),
    Example(_T + "Năm 2017, tỉnh đã hoàn thành các chỉ tiêu đề ra.", note="a single year"),
    Example(_T + "Lễ kỷ niệm 87 năm ngày truyền thống của ngành.", note="an anniversary"),
    Example(
        _T + "Bộ ban hành Thông tư 12/2017/TT-BGDĐT về đánh giá học sinh.",
        note="a circular's number with its year",
    ),
    Example(_T + "Tỷ lệ hộ nghèo giảm 1/3 so với đầu nhiệm kỳ.", note="a fraction"),
    Example(
        _T + "Thế hệ trẻ hôm nay cần phát huy truyền thống cha ông.", note="'today' as 'nowadays'"
    ),
    Example(_T + "Sân vận động có sức chứa 12.000 chỗ ngồi.", note="a count with a full stop"),
    Example(_T + "Đội bóng thắng 3-1 trong trận chung kết.", note="a score"),
    Example(_T + "Mục tiêu đến năm 2030 đạt 90% hộ dân có nước sạch.", note="a target year alone"),
    Example(_T + "Số điện thoại đường dây nóng 0260.3862.172 luôn trực.", note="a phone number"),
    Example(_T + "Cán bộ làm việc 15 giờ mỗi tuần tại xã.", note="a duration in hours"),
    Example(
        _T + "Giá vàng hôm qua tăng lên 5.7 triệu đồng mỗi chỉ.", note="a price with a full stop"
    ),
    Example(
        _T + "Sáng 1.5 triệu người đã xem trực tiếp buổi lễ.", note="a count after a time word"
    ),
    Example(_T + "Tỷ lệ hộ khá chiếm 1/ 2 số hộ của xã.", note="a slash and a space, no cue"),
    Example(
        _T + "Hôm nay, 4/5 số hộ trong thôn đã có nhà kiên cố.",
        note="'hôm nay' and a fraction with no comma after it",
    ),
    Example(
        _T + "Khu phố 5 và 6 tháng 3 vừa qua hoàn thành đường giao thông.",
        note="two numbers before tháng M with no cue: no several days",
    ),
    Example(
        _T + "Sau 5 năm thực hiện Luật Hợp tác xã, các tổ hợp tác hoạt động hiệu quả.",
        note="a count of years and a law without a year",
    ),
]
