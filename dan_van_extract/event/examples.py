"""Example corpus of the event extractor: short articles of our own, in the genre's style.

``POSITIVE`` examples expect ``(type, text, organizer)``: the main event's type, the words
naming it as written, and its organiser (None when not stated). Each example is run through
:func:`dan_van_extract.extract`; a line break separates the title from the lead.
``NEGATIVE`` examples must yield no named event (an event with no ``type``, only the date
of a dated act, is allowed: ``event.dated-without-a-noun``).
"""

from __future__ import annotations

from .._examples import Example

POSITIVE: list[Example] = [
    Example(
        "Mừng thọ người cao tuổi\nSáng 20/1, Hội Người cao tuổi phường Đông Hà tổ chức lễ mừng "
        "thọ cho 62 cụ tròn 70, 75 và 80 tuổi.",
        ("lễ mừng thọ", "lễ mừng thọ", "Hội Người cao tuổi phường Đông Hà"),
        "the elderly's birthday celebration is an event (lễ mừng thọ, lễ chúc thọ)",
    ),
    Example(
        "Biểu dương nông dân giỏi\nNgày 15/8, Hội Nông dân huyện Yên Thế tổ chức tuyên dương 46 "
        "hội viên sản xuất, kinh doanh giỏi giai đoạn 2021-2024.",
        ("tuyên dương", "tổ chức tuyên dương", None),
        "a commendation organised as the event, with no lễ: tổ chức tuyên dương",
    ),
    Example(
        "Ủng hộ đồng bào vùng lũ\nChiều 14/9, Ủy ban MTTQ Việt Nam huyện Hướng Hóa tổ chức phát "
        "động đợt vận động ủng hộ đồng bào bị thiệt hại do lũ lụt.",
        ("phát động", "tổ chức phát động", None),
        "a campaign's launch held as the event: tổ chức phát động",
    ),
    Example(
        "Vinh danh người hiến máu\nTối 9/6, Hội Chữ thập đỏ tỉnh tổ chức “Lễ tôn vinh người "
        "hiến máu tình nguyện tiêu biểu năm 2024”.",
        ("lễ tôn vinh", "Lễ tôn vinh", "Hội Chữ thập đỏ tỉnh"),
        "an event named in quotation marks right after its cue is the event (not quoted words)",
    ),
    # --- after tổ chức, with the organiser before it
    Example(
        "Tổng kết đội công tác\nNgày 5/12, Ban Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị tổng "
        "kết 10 năm hoạt động của đội công tác.",
        ("hội nghị tổng kết", "hội nghị tổng kết", "Ban Dân vận Tỉnh ủy Gia Lai"),
        "the shortest core form; the subject of tổ chức",
    ),
    Example(
        "Giao ban công tác dân vận quý III\nSáng 2/10, Ban Dân vận Tỉnh ủy tổ chức hội nghị "
        "giao ban công tác dân vận quý III năm 2023.",
        ("hội nghị giao ban", "hội nghị giao ban", "Ban Dân vận Tỉnh ủy"),
        "a giao ban conference",
    ),
    Example(
        "Kỷ niệm ngày truyền thống\nChiều 14/10, Hội Nông dân tỉnh đã long trọng tổ chức Lễ "
        "kỷ niệm 92 năm Ngày thành lập Hội Nông dân Việt Nam.",
        ("lễ kỷ niệm", "Lễ kỷ niệm", "Hội Nông dân tỉnh"),
        "adverbs before tổ chức are not the organiser",
    ),
    Example(
        "Tỉnh ủy tổ chức Hội nghị sơ kết 3 năm thực hiện Chỉ thị 05",
        ("hội nghị sơ kết", "Hội nghị sơ kết", "Tỉnh ủy"),
        "a title that is the lead",
    ),
    Example(
        "Đại hội Hội Cựu chiến binh huyện\nSáng 20/4, Hội Cựu chiến binh huyện Cư Jút tổ chức "
        "Đại hội đại biểu lần thứ VII, nhiệm kỳ 2022-2027.",
        ("đại hội", "Đại hội", "Hội Cựu chiến binh huyện Cư Jút"),
        "an event heading the title; the lead names its organiser",
    ),
    Example(
        "Tin hoạt động\nChiều 30/3, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh tổ chức "
        "gặp mặt các đại biểu tiêu biểu.",
        ("gặp mặt", "gặp mặt", "Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh"),
        "several organisers in a list after the time",
    ),
    Example(
        "Hội thảo khoa học về công tác dân vận\nHội thảo do Ban Dân vận Trung ương tổ chức "
        "tại Hà Nội.",
        ("hội thảo", "Hội thảo", "Ban Dân vận Trung ương"),
        "a passive organiser: do X tổ chức",
    ),
    # --- after other cues
    Example(
        "Phó Thủ tướng dự Lễ kỷ niệm 30 năm ngày tái lập tỉnh",
        ("lễ kỷ niệm", "Lễ kỷ niệm", None),
        "after dự in the title",
    ),
    Example(
        "Phát huy truyền thống nhà giáo\nĐến dự lễ kỷ niệm 40 năm Ngày Nhà giáo Việt Nam có "
        "lãnh đạo tỉnh.",
        ("lễ kỷ niệm", "lễ kỷ niệm", None),
        "after đến dự in the lead",
    ),
    Example(
        "Cần phát huy dân chủ ở cơ sở\nPhát biểu tại hội nghị trực tuyến toàn quốc, Thủ tướng "
        "yêu cầu các địa phương vào cuộc.",
        ("hội nghị trực tuyến", "hội nghị trực tuyến", None),
        "after tại",
    ),
    Example(
        "Ngày hội đại đoàn kết\nSáng 15/11, Ngày hội Đại đoàn kết toàn dân tộc diễn ra tại "
        "khu dân cư số 3.",
        ("ngày hội", "Ngày hội", None),
        "heading the title",
    ),
    Example(
        "Họp báo công bố kết quả bầu cử",
        ("họp báo", "Họp báo", None),
        "a press conference heading the title",
    ),
    # --- verbs as predicates
    Example(
        "Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Đắk Hà",
        ("làm việc", "làm việc", "Ban Dân vận Tỉnh ủy"),
        "X làm việc với Y: X hosts it",
    ),
    Example(
        "Bí thư Tỉnh ủy thăm và làm việc tại huyện Ia H'Drai",
        ("thăm", "thăm", None),
        "a visit and a working session",
    ),
    Example(
        "Đoàn công tác của Bộ Quốc phòng thăm và làm việc tại Bộ Chỉ huy Quân sự tỉnh",
        ("thăm", "thăm", None),
        "thăm và làm việc in its shortest core form",
    ),
    Example(
        "Hội thảo phòng chống đột quỵ\nHội Tim mạch tỉnh phối hợp với Bệnh viện Đa khoa tỉnh "
        "sáng nay tổ chức hội thảo về phòng chống đột quỵ.",
        ("hội thảo", "Hội thảo", "Hội Tim mạch tỉnh phối hợp với Bệnh viện Đa khoa tỉnh"),
        "a time adverb before tổ chức is not the organiser's",
    ),
    Example(
        "Thủ tướng tiếp Đại sứ Nhật Bản",
        ("tiếp", "tiếp", None),
        "a reception",
    ),
    Example(
        "Chủ tịch nước khai bút đầu xuân\nTrước khi dự lễ khai bút, Chủ tịch nước thăm công nhân.",
        ("lễ khai bút", "lễ khai bút", None),
        "the verb in the title becomes the ceremony the lead names",
    ),
    Example(
        "Đổi mới công tác tuyên truyền\nTại buổi làm việc, lãnh đạo huyện báo cáo kết quả.",
        ("làm việc", "làm việc", None),
        "a counter word makes a verb an event",
    ),
    Example(
        "Khen thưởng học sinh giỏi\nTối 5/6, Huyện đoàn tổ chức buổi trao thưởng cho 40 em "
        "học sinh đạt thành tích cao.",
        ("trao thưởng", "trao thưởng", "Huyện đoàn"),
        "an award-giving verb after a counter word",
    ),
    Example(
        "Ấm áp ngày xuân\n\n          Sáng ngày 05/02/2023, Hội Cựu chiến binh phường Tân Định "
        "tổ chức gặp mặt hội viên nhân dịp đầu xuân Quý Mão và trao quà cho 12 hội viên khó "
        "khăn.\n\nNăm qua, các chi hội đã tổ chức thành công Đại hội nhiệm kỳ mới.",
        ("gặp mặt", "gặp mặt", "Hội Cựu chiến binh phường Tân Định"),
        "a deeply indented first paragraph opening with its day is the lead (not a caption), "
        "so the congress the body recalls is not the event",
    ),
    # --- houses and gifts handed to the poor
    Example(
        "Mái ấm cho hộ nghèo\nSáng 17/6, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Sơn Hà tiến "
        "hành bàn giao 02 căn nhà Đại đoàn kết cho hộ nghèo xã Sơn Thủy.",
        ("bàn giao", "bàn giao", None),
        "a house of charity handed over, a count between: bàn giao as the lead's predicate",
    ),
    Example(
        "Bàn giao nhà tình nghĩa cho thân nhân liệt sĩ ở xã Phước Hòa",
        ("bàn giao", "Bàn giao", None),
        "a house of charity handed over, heading the title",
    ),
    Example(
        "Xuân yêu thương\nChiều 24/1, Hội Chữ thập đỏ phường Ninh Hiệp tổ chức chương trình trao "
        "quà Tết cho 60 hộ có hoàn cảnh khó khăn.",
        ("trao quà", "chương trình trao quà", "Hội Chữ thập đỏ phường Ninh Hiệp"),
        "a gift programme organised: the event, reported as its act",
    ),
    Example(
        "Tri ân người có công\nNhân dịp Ngày Thương binh - Liệt sĩ, đồng chí Trần Quốc Bảo, Phó "
        "Chủ tịch UBND huyện đã đến tặng quà cho các gia đình chính sách ở xã Đại Lộc.",
        ("tặng quà", "tặng quà", None),
        "tặng quà after a visit (đến): the event",
    ),
    Example(
        "Chăm lo cho giáo viên khó khăn\nCông đoàn ngành Giáo dục tỉnh tổ chức tặng quà cho 45 "
        "giáo viên có hoàn cảnh khó khăn.",
        ("tặng quà", "tặng quà", "Công đoàn ngành Giáo dục tỉnh"),
        "tặng quà after tổ chức: the event and its organiser",
    ),
    Example(
        "Họp báo về lễ kỷ niệm Quốc khánh\nSáng 12/8, Ban tổ chức quốc gia đã họp báo công bố "
        "các hoạt động. Theo kế hoạch, các khối tham gia lễ kỷ niệm sẽ đứng quanh quảng trường.",
        ("họp báo", "Họp báo", None),
        "a ceremony still to come (lễ kỷ niệm sẽ ...) is not the event reported",
    ),
    Example(
        "Góp ý dự án luật\nChiều 30/5, các đại biểu Quốc hội thảo luận ở tổ về dự án luật.",
        ("thảo luận", "thảo luận ở tổ", None),
        "Quốc hội thảo luận: the Assembly's group session, no hội thảo",
    ),
    Example(
        "Thường trực Tỉnh ủy họp bàn về dự án\nChiều 14/3, Thường trực Tỉnh ủy đã họp, cho ý "
        "kiến về dự án khu đô thị.",
        ("họp", "họp", None),
        "a body meets: họp with a comma after it is the predicate",
    ),
    Example(
        "Hội thao kỷ niệm ngày thành lập xã\nSáng 2/9, UBND xã Ea Tiêu tổ chức Hội thao kỷ niệm 40 "
        "năm ngày thành lập.",
        ("hội thao", "Hội thao", "UBND xã Ea Tiêu"),
        "the sports meet heads the title, not the anniversary it marks",
    ),
    # --- the most named event in the body
    Example(
        "Đắk Nông: Phối hợp công tác dân vận ngày càng hiệu quả\nTheo báo cáo tổng kết, "
        "chương trình phối hợp được triển khai nền nếp.\nTại hội nghị, các đại biểu thảo "
        "luận sôi nổi.\nPhát biểu tại hội nghị, đồng chí Trưởng ban đề nghị tiếp tục.",
        ("hội nghị", "hội nghị", None),
        "báo cáo tổng kết is a report, the conference is named later",
    ),
    Example(
        "Giảm nghèo bền vững\nCả nước có 1.200 hộ thoát nghèo.\nTại hội nghị sơ kết, đại "
        "biểu nêu nhiều ý kiến.\nKết luận hội nghị, lãnh đạo tỉnh yêu cầu.",
        ("hội nghị sơ kết", "hội nghị sơ kết", None),
        "the first naming of the most named family is the fullest",
    ),
    Example(
        "Tổ chức trọng thể lễ an táng hài cốt liệt sĩ\nSáng 19/5, tại Nghĩa trang liệt sĩ, "
        "huyện Hương Sơn, UBND tỉnh Hà Tĩnh đã tổ chức lễ truy điệu và an táng.",
        ("lễ an táng", "lễ an táng", "UBND tỉnh Hà Tĩnh"),
        "the venue's address before the organiser",
    ),
    Example(
        "Chống lãng phí\nChiều 14-3, Thành uỷ TP. HCM tổ chức Hội nghị tổng kết công tác "
        "phòng chống lãng phí.",
        ("hội nghị tổng kết", "Hội nghị tổng kết", "Thành uỷ TP. HCM"),
        "the dot of TP. ends no sentence; the organiser as written (uỷ)",
    ),
    Example(
        "Công chức phải có văn hóa xin lỗi\nTại cuộc họp báo chiều 9/5, Thứ trưởng cho biết "
        "sẽ sửa quy định.",
        ("họp báo", "họp báo", None),
        "cuộc họp báo is a press conference, not a meeting",
    ),
    Example(
        "Tin vắn\nNDO - Ngày 23/11, Đảng ủy Bộ Lao động - Thương binh và Xã hội tổ chức hội "
        "nghị học tập nghị quyết.",
        ("hội nghị học tập", "hội nghị học tập", "Đảng ủy Bộ Lao động - Thương binh và Xã hội"),
        "an outlet's dateline is cut, a dash inside the organiser is kept",
    ),
    # --- written another way, upgraded, or introduced by đã in a dated sentence
    Example(
        "Tiêu đề tin\nSáng 9/1, Tổ đại biểu HĐND tỉnh đã có buổi tiếp xúc với cử tri xã Đắk Hòa.",
        ("tiếp xúc cử tri", "tiếp xúc với cử tri", None),
        "tiếp xúc với cử tri is reported as tiếp xúc cử tri, not cut to tiếp",
    ),
    Example(
        "Hội nghị TXCT trước kỳ họp thứ 8\nSáng 5/11, các đại biểu HĐND huyện đã gặp gỡ cử "
        "tri thị trấn.",
        ("hội nghị tiếp xúc cử tri", "Hội nghị TXCT", None),
        "the abbreviation TXCT",
    ),
    Example(
        "Mặt trận xã tổng kết năm 2023\nNgày 22/12, Ủy ban MTTQ xã Nâm Nung tổ chức tổng "
        "kết công tác Mặt trận năm 2023. Dự hội nghị có lãnh đạo Đảng ủy xã.",
        ("hội nghị tổng kết", "tổng kết", "Ủy ban MTTQ xã Nâm Nung"),
        "tổ chức tổng kết names a conference",
    ),
    Example(
        "Tiêu đề tin\nSáng 14/8, Chủ tịch UBND tỉnh đã làm việc với Sở Nội vụ "
        "về kết quả 7 tháng đầu năm.",
        ("làm việc", "làm việc", "Chủ tịch UBND tỉnh"),
        "đã before the verb in a dated sentence",
    ),
    Example(
        "Tiêu đề tin\nSáng 3/7, Đoàn công tác của Ban Dân vận Trung ương làm việc với Tỉnh ủy.",
        ("làm việc", "làm việc", "Đoàn công tác của Ban Dân vận Trung ương"),
        "Đoàn công tác is a subject, not the activity công tác",
    ),
    Example(
        "Tiêu đề tin\nChiều 26/7, UBND huyện làm lễ đặt bia tưởng niệm tại xã Đắk Môl.",
        ("lễ đặt bia", "lễ đặt bia", None),
        "làm lễ ...",
    ),
    Example(
        "Tiêu đề tin\nSáng 5/3, Ban Dân vận Tỉnh ủy họp với các đoàn thể bàn kế hoạch năm.",
        ("họp", "họp", "Ban Dân vận Tỉnh ủy"),
        "a bare họp with its object",
    ),
]

# --- a part of an event, or how it is held, names no event of its own
POSITIVE += [
    Example(
        "Hai chủ tịch thành phố không bị chất vấn\nTheo Tổng thư ký, quy định chất vấn chỉ áp "
        "dụng với thành viên Chính phủ.\nSáng 28/5, Tổng thư ký Quốc hội có cuộc họp báo ngắn.",
        ("họp báo", "họp báo", None),
        "what does not happen (không bị chất vấn) and a rule about it (quy định chất vấn) name "
        "no event",
    ),
    Example(
        "Trật tự vỉa hè\nLàm việc với Quận ủy Bắc Từ Liêm sáng 14/3, Bí thư Thành ủy Hoàng "
        "Văn Hải cho biết thành phố sẽ làm bài bản.",
        ("làm việc", "Làm việc", None),
        "a clause fronted with the verb and its date, the subject after the comma",
    ),
    Example(
        "Giao thông cần vốn\nChiều 12/4, làm việc với lãnh đạo thành phố, Bộ trưởng Giao thông "
        "Vận tải cho biết dự án sẽ khởi công.",
        ("làm việc", "làm việc", None),
        "the date first, then the fronted verb clause",
    ),
    Example(
        "Hai Bộ trưởng hội đàm\nChiều 14/5, nhân dịp tham dự Diễn đàn hợp tác quốc tế tại Bắc "
        "Kinh, Bộ trưởng đã có cuộc hội đàm với Bộ trưởng Ngoại giao nước bạn.",
        ("hội đàm", "hội đàm", None),
        "the forum attended (nhân dịp tham dự) is the occasion; the talks are reported",
    ),
    Example(
        "Tặng quà cựu chiến binh\nĐoàn đại biểu dự Đại hội Hội Cựu chiến binh Việt Nam lần thứ "
        "VII của tỉnh Quảng Ngãi vừa đến thăm, tặng quà 8 hội viên có hoàn cảnh khó khăn.",
        ("thăm", "thăm", None),
        "a delegation named by the congress it attends is the subject; its visit is reported",
    ),
    Example(
        "Đại hội Hội Nông dân huyện\nSáng 9/5, Hội Nông dân huyện Krông Pắc tổ chức Đại hội "
        "đại biểu lần thứ XI. Đại hội đã bầu đoàn đại biểu dự Đại hội Hội Nông dân tỉnh.",
        ("đại hội", "Đại hội", "Hội Nông dân huyện Krông Pắc"),
        "the congress held is reported; the delegation to the next congress does not unmake it",
    ),
    Example(
        "Tuổi trẻ ra quân\nThiết thực chào mừng Đại hội Đoàn các cấp, sáng 4/6, Huyện đoàn Mai "
        "Sơn tổ chức Lễ khởi động chiến dịch thanh niên tình nguyện hè.",
        ("lễ khởi động", "Lễ khởi động", "Huyện đoàn Mai Sơn"),
        "a congress the act is done in honour of (chào mừng) is not the event",
    ),
    Example(
        "Thăm gia đình chính sách\nHướng tới kỷ niệm Ngày Thương binh - Liệt sĩ, chiều 20/7, "
        "Bí thư Huyện ủy đến thăm các gia đình chính sách trên địa bàn.",
        ("thăm", "Thăm", None),
        "an anniversary the visits lead up to (hướng tới) is not the event",
    ),
    Example(
        "Truy tặng danh hiệu Bà mẹ Việt Nam anh hùng\nNgày 12/3, UBND huyện tổ chức lễ truy tặng "
        "danh hiệu vinh dự Nhà nước cho 6 mẹ.",
        ("lễ truy tặng", "lễ truy tặng", "UBND huyện"),
        "a posthumous award ceremony",
    ),
    Example(
        "Kỉ niệm 90 năm thành lập Đảng bộ huyện\nSáng 3/2, Huyện ủy tổ chức lễ kỉ niệm 90 năm ngày "
        "thành lập Đảng bộ huyện.",
        ("lễ kỉ niệm", "lễ kỉ niệm", "Huyện ủy"),
        "kỉ, the i spelling of kỷ",
    ),
    Example(
        "Đất đai: nhiều câu hỏi\nChiều 3/8, các đại biểu HĐND tỉnh tiếp tục chất vấn "
        "và trả lời chất vấn về quản lý đất đai.",
        ("chất vấn", "chất vấn", None),
        "questioning as the predicate of the lead",
    ),
    Example(
        "Kỷ luật cán bộ\nNgày 12/5, tại Hà Nội, Ban Thường vụ Tỉnh ủy họp xem xét, thi hành "
        "kỷ luật đối với hai tổ chức đảng.",
        ("họp", "họp", None),
        "họp xem xét: a meeting as the predicate",
    ),
    Example(
        "Cải cách hành chính ở quận 1\nĐoàn giám sát HĐND thành phố chiều 24/4 làm việc với "
        "UBND quận 1 về công tác cải cách hành chính.",
        ("làm việc", "làm việc", None),
        "a date between the subject and the verb",
    ),
    Example(
        "Bế mạc Đại hội Mặt trận\nChiều 22/8, tại phiên bế mạc Đại hội đại biểu MTTQ tỉnh lần "
        "thứ XI, ông Lê Văn Hà phát biểu.",
        ("đại hội", "Đại hội", None),
        "the closing session of a congress: the congress is the event",
    ),
    Example(
        "Tin hoạt động Mặt trận\nSáng 12/6, Đại hội đại biểu Hội Nông dân tỉnh lần thứ X, "
        "nhiệm kỳ 2023-2028 khai mạc phiên họp chính thức.",
        ("đại hội", "Đại hội", None),
        "event.session-of: a congress opening its formal sitting: the congress is the event",
    ),
    Example(
        "Tin hoạt động Mặt trận\nSáng 5/3, Thủ tướng chủ trì phiên họp Chính phủ thường kỳ "
        "tháng 2.",
        ("phiên họp", "phiên họp", None),
        "event.session-of not taken: a sitting whose sentence names no congress or conference",
    ),
    Example(
        "Tin hoạt động đối ngoại\nSáng 20/9, Thủ tướng dự phiên họp cấp cao Đại hội đồng Liên "
        "Hợp Quốc.",
        ("phiên họp", "phiên họp", None),
        "event.session-of not taken: Đại hội đồng (a general assembly) is a body, no congress",
    ),
    Example(
        "Sơ kết Chỉ thị 40\nNgày 9/8, Ban Dân vận Tỉnh ủy tổ chức hội nghị trực tuyến sơ kết 5 "
        "năm thực hiện Chỉ thị 40.",
        ("hội nghị sơ kết", "hội nghị trực tuyến sơ kết", "Ban Dân vận Tỉnh ủy"),
        "trực tuyến says how it is held: the type is the conference's own",
    ),
    Example(
        "Bổ nhiệm Phó Giám đốc Sở Nội vụ\nChiều 8/3, Ban Thường vụ Tỉnh ủy công bố quyết định "
        "bổ nhiệm ông Lò Văn Sinh giữ chức Phó Giám đốc Sở Nội vụ.",
        ("công bố quyết định", "công bố quyết định", None),
        "announcing a decision, the predicate of the lead, is the event",
    ),
    Example(
        "Nhân sự Thành ủy\nChiều 30/3, Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 26 "
        "đã công bố quyết định của Ban Bí thư.",
        ("hội nghị", "Hội nghị", None),
        "an event noun that is the verb's subject is the event reported",
    ),
    Example(
        "Xem xét kỷ luật đảng viên\nNgày 12/9, Ủy ban Kiểm tra Tỉnh ủy đã họp kỳ 21 dưới sự chủ "
        "trì của Chủ nhiệm Ủy ban.",
        ("họp", "họp", None),
        "'đã họp kỳ 21': the meeting, the predicate of the lead",
    ),
    Example(
        "Cầu mới nối hai xã\nSáng 3/2, cầu treo bản Mông đã được khởi công với tổng mức đầu tư "
        "12 tỷ đồng.",
        ("khởi công", "khởi công", None),
        "'đã được khởi công' in a dated sentence: the groundbreaking is the event",
    ),
    Example(
        "Tổng kết công tác kiểm tra\nSáng 9/1, Ủy ban Kiểm tra Trung ương tổ chức hội nghị toàn "
        "quốc tổng kết công tác kiểm tra năm 2023.",
        ("hội nghị tổng kết", "hội nghị toàn quốc tổng kết", "Ủy ban Kiểm tra Trung ương"),
        "'toàn quốc' says who attends: the type is the conference's own",
    ),
    Example(
        "Giới thiệu nhân sự\nChiều 4/4, Hội nghị Ban Chấp hành Đảng bộ tỉnh thống nhất giới "
        "thiệu nhân sự để trình Hội đồng nhân dân bầu tại kỳ họp thứ 7.",
        ("hội nghị", "Hội nghị", None),
        "a session 'để trình' (to be put to it) is still to come: the conference is reported",
    ),
    Example(
        "Tin hoạt động\nSáng ngày 5-6, tại Trung tâm Hội nghị tỉnh, ông Trần Văn Nam đã có buổi "
        "làm việc với Ban Thường vụ Huyện ủy.",
        ("làm việc", "làm việc", None),
        "event.venue-name: Trung tâm Hội nghị is the place; the working session is the event",
    ),
    Example(
        "Tin hoạt động\nChiều ngày 28.7, xã Tân Lập đã sơ kết công tác dân vận đợt 1 năm "
        "2021. Trước đó, lực lượng vũ trang ra quân làm công tác dân vận từ ngày 10 đến ngày 28.7.",
        ("sơ kết", "sơ kết", None),
        "a sơ kết done (đã) in a sentence opening on its date is reported, not the ra quân told",
    ),
]

NEGATIVE: list[Example] = [
    Example(
        "Gương sáng học đường\nHọc sinh Lê Thị Thu được nhà trường tuyên dương vì trả lại của "
        "rơi cho người đánh mất.",
        note="tuyên dương as an award's verb, not organised: no event",
    ),
    Example(
        "Tiếp nhận đối tượng truy nã\nSáng 8/4, Công an xã Hòa Tiến đã bàn giao đối tượng Lê Văn "
        "T. cho Công an huyện để xử lý.",
        note="a suspect handed over: bàn giao names an event only with a house of charity",
    ),
    Example(
        "Dự án chậm tiến độ\nChủ đầu tư đã bàn giao 150 căn hộ cho cư dân chậm hơn hai năm so "
        "với cam kết.",
        note="flats handed over late: no event",
    ),
    Example(
        "Tin vắn\nNhà văn hóa thôn 5 được bàn giao nhà tình nghĩa cũ làm nơi sinh hoạt.",
        note="a house handed over in the passive (được bàn giao): no act reported",
    ),
    Example(
        "Quan hệ hữu nghị\nChủ tịch UBND tỉnh tặng quà lưu niệm cho Tổng Lãnh sự Nhật Bản tại "
        "Đà Nẵng.",
        note="a gift in passing (tặng quà with no visit nor organiser before it): no event",
    ),
    Example(
        "Hội Phụ nữ xây dựng kế hoạch năm mới\nChiều 3/9, Hội LHPN phường bàn kế hoạch tổ chức "
        "“Ngày hội phụ nữ khéo tay” và các chi hội thống nhất tổ chức hội thi vào tháng 10.",
        note="an event planned in quotation marks, or agreed to be held later, is not the event",
    ),
    Example(
        "Ngày chủ nhật sạch đẹp\nPhong trào do Hội Liên hiệp Phụ nữ tỉnh phát động nhằm vận "
        "động hội viên cùng dọn vệ sinh đường làng vào cuối tuần.",
        note="a campaign only launched by someone (do X phát động) is no event",
    ),
    Example(
        "Sắp xếp bộ máy\nCăn cứ Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng, "
        "UBND huyện đã xây dựng kế hoạch sắp xếp các phòng, ban.",
        note="a conference named in a cited document (Căn cứ ...) is not the event",
    ),
    Example(
        "Ngành tuyên giáo phải tinh tế\nNgày 1/8, kỷ niệm 88 năm ngày truyền thống của ngành, "
        "các cán bộ lão thành được mời dự.",
        note="a commemoration fronted as the date's occasion names no act of its own",
    ),
    Example(
        "Chủ tịch thành phố: người dân bức xúc là đúng\nTrao đổi với báo chí bên lề Hội nghị "
        "Thành ủy lần thứ 18 hôm nay 16/10, Chủ tịch UBND thành phố cho biết sẽ xử lý dứt "
        "điểm.",
        note="a conference the remarks were made beside (bên lề) is not the event reported",
    ),
    Example(
        "Cần có quy chế giám sát quyền lực\nBộ Chính trị ban hành quy định mới về kiểm soát "
        "quyền lực.",
        note="quy chế giám sát, cơ chế giám sát: a regulation or a mechanism, no inspection",
    ),
    Example(
        "Tỉnh đề xuất cùng tổ chức diễn đàn du lịch với các nước\nLãnh đạo tỉnh cho biết sẽ "
        "mời các doanh nghiệp lữ hành tham gia trong năm tới.",
        note="an event proposed in the title is not the event reported",
    ),
    Example(
        "Chủ công trình trái phép từ chối tiếp đoàn kiểm tra\nĐoàn liên ngành đến công trình "
        "nhưng không gặp được chủ nhà.",
        note="a visit refused in the title is no event",
    ),
    Example(
        "Tiếp tục thực hiện nghị quyết\nThời gian qua, huyện đã cụ thể hóa Nghị quyết Đại hội "
        "lần thứ XII bằng nhiều chương trình hành động.",
        note="an event noun naming a document (Nghị quyết Đại hội) is no event",
    ),
    Example(
        "Ý kiến cử tri về công tác cán bộ\nÔng Tư nói: “Cứ gần đến dịp đại hội là có tình trạng "
        "gửi đơn thư nặc danh”.",
        note="an event noun inside someone's quoted words is no event",
    ),
    Example(
        "Giá lúa tăng mạnh\nGiá lúa tại đồng bằng sông Cửu Long tăng 200 đồng mỗi kg.",
        note="no event",
    ),
    Example(
        "Theo báo cáo tổng kết, toàn tỉnh có 18 đội công tác.",
        note="a report is not a conference",
    ),
    Example("Tiếp tục đẩy mạnh công tác dân vận", note="tiếp inside tiếp tục"),
    Example("Thăm dò ý kiến người dân về dự án", note="thăm dò is a survey"),
    Example(
        "Công nhân ngừng việc\nSáng 27/2, hàng trăm công nhân yêu cầu được đối thoại với lãnh "
        "đạo công ty.",
        note="'yêu cầu được đối thoại': a demand, not a dialogue held",
    ),
    Example("Những lưu ý khi làm bài khảo sát đầu vào", note="a test, not an inspection"),
    Example("Kế hoạch tổ chức đại hội sẽ được ban hành", note="a plan"),
    Example(
        "Tăng cường kiểm tra\nCông tác kiểm tra, giám sát được quan tâm.",
        note="an activity, not an event",
    ),
    Example(
        "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy được bầu làm Chủ tịch tỉnh",
        note="Kiểm tra inside the name of a body",
    ),
    Example(
        "Mua bán đất công\nNhà đất được bán trực tiếp cho doanh nghiệp Phương Nam.",
        note="tiếp inside trực tiếp",
    ),
    Example(
        "Một cuộc thăm dò dư luận cho thấy người dân hài lòng",
        note="a poll, not a visit",
    ),
    Example(
        "Tin nông nghiệp\nĐúng dịp kỷ niệm ngày thành lập, giá cà phê tăng mạnh.",
        note="dịp kỷ niệm names an occasion, not a ceremony",
    ),
    Example(
        "Bổ nhiệm Chánh Văn phòng Tỉnh ủy\nChiều 8/3, Tỉnh ủy ban hành quyết định bổ nhiệm cán "
        "bộ.\nÔng Trần Văn Nam từng công tác nhiều năm ở cơ sở. Trước đó, tại Đại hội Đảng bộ "
        "tỉnh, ông được bầu vào Ban Chấp hành.",
        note="a past event named once, deep in the body",
    ),
    Example(
        "Phát triển du lịch cộng đồng\nNhiều hộ dân đã mở dịch vụ homestay, thu nhập ổn "
        "định.\nThời gian tới, huyện sẽ tổ chức hội thảo để quảng bá sản phẩm du lịch.",
        note="a planned event after sẽ",
    ),
    Example(
        "Xây dựng nông thôn mới\nBộ mặt nông thôn của xã đã thay đổi rõ rệt.\nNgười dân góp "
        "ý với cán bộ xã tại buổi gặp mặt đầu xuân (Ảnh: Văn Hòa) Đường làng được bê tông hóa.",
        note="a photo caption glued inside a body line",
    ),
    Example(
        "Tiêu đề tin\nNăm qua, lực lượng chức năng đã kiểm tra 5 cơ sở kinh doanh.",
        note="đã before a verb in an undated sentence is an activity",
    ),
    Example(
        "Tiêu đề tin\nCác đơn vị cần họp dân để phổ biến chính sách.",
        note="họp without the object of a meeting it holds",
    ),
    Example(
        "Tin hoạt động\nĐoàn đại biểu tham quan Trung tâm Hội nghị quốc gia.",
        note="event.venue-name: a building named for what is held in it is no event",
    ),
    Example(
        "Tin hoạt động\nNăm qua, các chi hội đã sơ kết nhiều mô hình hay.",
        note="a sơ kết done in an undated sentence of the lead is an activity, no event",
    ),
]
