"""Example corpus of the places extractor: sentences of our own, in the genre's style.

``POSITIVE`` examples expect ``(province, places)``: the article's province (or None) and
the places named, in order, each as ``(name, level, province it lies in)``. Each example
is run through :func:`dan_van_extract.extract` as a one-line article (its title).
``NEGATIVE`` examples must yield no place and no province.
"""

from __future__ import annotations

from .._examples import Example

POSITIVE: list[Example] = [
    Example(
        "Chuyên trang Dân vận - Báo Hậu Giang\n\nTP. Cần Thơ biểu dương 40 gương dân vận khéo",
        ("Cần Thơ", [("Cần Thơ", "province", "Cần Thơ")]),
        "a typed place opening the headline's line, under the site's header",
    ),
    Example(
        "Phố đi bộ mở cửa\nQuận 3 lấy ý kiến người dân về phố đi bộ",
        ("Hồ Chí Minh", [("Quận 3", "district", "Hồ Chí Minh")]),
        "a numbered district opening a line under a short one",
    ),
    # --- provinces, explicit or bare, in their spellings
    Example(
        "Ban Dân vận Tỉnh ủy Đắk Nông tổng kết 5 năm hoạt động đội công tác",
        ("Đắk Nông", [("Đắk Nông", "province", "Đắk Nông")]),
        "inside the name of the provincial Party committee",
    ),
    Example(
        "Phong trào dân vận khéo lan tỏa khắp tỉnh Đăk Nông",
        ("Đắk Nông", [("Đắk Nông", "province", "Đắk Nông")]),
        "the Đăk spelling is the same province",
    ),
    Example(
        "UBND tỉnh Bình Định gặp mặt các già làng, người có uy tín",
        ("Bình Định", [("Bình Định", "province", "Bình Định")]),
        "after UBND tỉnh",
    ),
    Example(
        "Đắk Lắk: Tuyên dương 50 gương dân vận khéo",
        ("Đắk Lắk", [("Đắk Lắk", "province", "Đắk Lắk")]),
        "a title opening with the province",
    ),
    Example(
        "Kon Tum - Hội Nông dân giúp hội viên thoát nghèo",
        ("Kon Tum", [("Kon Tum", "province", "Kon Tum")]),
        "a title opening with the province and a dash",
    ),
    Example(
        "Thành phố Hà Nội khen thưởng các tập thể tiêu biểu",
        ("Hà Nội", [("Hà Nội", "province", "Hà Nội")]),
        "a centrally-run city after its type word",
    ),
    Example(
        "Ngành giáo dục TP. HCM đón Bằng khen của Thủ tướng",
        ("Hồ Chí Minh", [("Hồ Chí Minh", "province", "Hồ Chí Minh")]),
        "TP. HCM is Hồ Chí Minh; Bằng khen is not a place",
    ),
    Example(
        "Hội Cựu chiến binh TPHCM gặp mặt truyền thống",
        ("Hồ Chí Minh", [("Hồ Chí Minh", "province", "Hồ Chí Minh")]),
        "TPHCM written as one word",
    ),
    Example(
        "Đoàn công tác tỉnh Thừa Thiên - Huế thăm các gia đình chính sách",
        ("Thừa Thiên Huế", [("Thừa Thiên Huế", "province", "Thừa Thiên Huế")]),
        "a dash inside the province name",
    ),
    Example(
        "Công an tỉnh Bà Rịa – Vũng Tàu ra quân bảo đảm an ninh",
        ("Bà Rịa - Vũng Tàu", [("Bà Rịa - Vũng Tàu", "province", "Bà Rịa - Vũng Tàu")]),
        "an en dash inside the province name",
    ),
    # --- districts and towns give their province
    Example(
        "Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Tu Mơ Rông",
        ("Kon Tum", [("Tu Mơ Rông", "district", "Kon Tum")]),
        "a district committee names the province",
    ),
    Example(
        "Đội công tác hoạt động tại 5 huyện và thành phố Gia Nghĩa",
        ("Đắk Nông", [("Gia Nghĩa", "district", "Đắk Nông")]),
        "Gia Nghĩa is a city of Đắk Nông",
    ),
    Example(
        "Cán bộ huyện Krông Nô bám dân, bám địa bàn",
        ("Đắk Nông", [("Krông Nô", "district", "Đắk Nông")]),
        "a district after huyện",
    ),
    Example(
        "Thị ủy Buôn Hồ sơ kết công tác dân vận 6 tháng",
        ("Đắk Lắk", [("Buôn Hồ", "district", "Đắk Lắk")]),
        "a town committee; buôn is not a village here",
    ),
    Example(
        "Quận ủy Hải Châu phát động phong trào thi đua",
        ("Đà Nẵng", [("Hải Châu", "district", "Đà Nẵng")]),
        "a city district committee",
    ),
    Example(
        "Người dân ở Đồ Sơn đón khách du lịch dịp lễ",
        ("Hải Phòng", [("Đồ Sơn", "district", "Hải Phòng")]),
        "a district named bare after ở belongs to one province",
    ),
    Example(
        "Khách du lịch đông ở chùa Cầu (Hội An) dịp cuối tuần",
        ("Quảng Nam", [("Hội An", "district", "Quảng Nam")]),
        "a district in brackets belongs to one province",
    ),
    Example(
        "Người dân thôn Phú Thọ, phường Đông Hải, TP Phan Rang - Tháp Chàm lo kè biển",
        (
            "Ninh Thuận",
            [
                ("Phú Thọ", "village", None),
                ("Đông Hải", "commune", "Ninh Thuận"),
                ("Phan Rang - Tháp Chàm", "district", "Ninh Thuận"),
            ],
        ),
        "a village named like a province is a village; the commune follows its district",
    ),
    Example(
        "Trao quà cho hộ nghèo tại Q. Bình Thạnh và quận 1",
        (
            "Hồ Chí Minh",
            [("Bình Thạnh", "district", "Hồ Chí Minh"), ("Quận 1", "district", "Hồ Chí Minh")],
        ),
        "Q. abbreviation; a numbered district",
    ),
    # --- communes and villages, only after their type word
    Example(
        "Hội Phụ nữ xã Đắk Ha, huyện Đắk Glong ra mắt mô hình mới",
        (
            "Đắk Nông",
            [("Đắk Ha", "commune", "Đắk Nông"), ("Đăk Glong", "district", "Đắk Nông")],
        ),
        "a commune resolved by its district",
    ),
    Example(
        "Thị trấn Đắk Mil vận động người dân hiến đất làm đường",
        ("Đắk Nông", [("Đắk Mil", "commune", "Đắk Nông")]),
        "a township",
    ),
    Example(
        "Già làng ở thôn Kon Klor vận động con cháu đi học",
        (None, [("Kon Klor", "village", None)]),
        "a village: no gazetteer, no province",
    ),
    # --- several provinces: the one the article is about
    Example(
        "Đoàn công tác tỉnh Quảng Nam học tập kinh nghiệm tại tỉnh Quảng Ngãi",
        (
            "Quảng Nam",
            [("Quảng Nam", "province", "Quảng Nam"), ("Quảng Ngãi", "province", "Quảng Ngãi")],
        ),
        "the first of two equally weighted provinces",
    ),
    # --- not part of a place
    Example(
        "Phó Thủ tướng Trương Hòa Bình dự lễ kỷ niệm tại Quảng Bình",
        ("Quảng Bình", [("Quảng Bình", "province", "Quảng Bình")]),
        "Hòa Bình after the surname Trương is a given name",
    ),
    Example(
        "Bí thư Thành ủy Hà Nội Đinh Tiến Dũng kiểm tra công trình",
        ("Hà Nội", [("Hà Nội", "province", "Hà Nội")]),
        "a name right after the place",
    ),
    Example(
        "Bà Hà Thị Hạnh nhận Bằng khen của UBND tỉnh Lâm Đồng",
        ("Lâm Đồng", [("Lâm Đồng", "province", "Lâm Đồng")]),
        "Hà is a surname, not Hà Nội",
    ),
    Example(
        "Tàu cá của ngư dân Quảng Ngãi gặp nạn trên biển Thái Bình Dương",
        ("Quảng Ngãi", [("Quảng Ngãi", "province", "Quảng Ngãi")]),
        "the Pacific Ocean is not Thái Bình",
    ),
    Example(
        "Khai trương cửa hàng trên đường Hà Nội, TP Huế",
        ("Thừa Thiên Huế", [("Thừa Thiên Huế", "province", "Thừa Thiên Huế")]),
        "a street named after Hà Nội is not Hà Nội; TP Huế is Thừa Thiên Huế before 2025",
    ),
    Example(
        "Phường Thạch Thang, quận Hải Châu ra mắt tổ dân vận",
        (
            "Đà Nẵng",
            [("Thạch Thang", "commune", "Đà Nẵng"), ("Hải Châu", "district", "Đà Nẵng")],
        ),
        "a ward named before its district",
    ),
    Example(
        "Các xã Đắk Lao, Đắk Gằn và Đức Mạnh của huyện Đắk Mil tổ chức ngày hội",
        (
            "Đắk Nông",
            [
                ("Đắk Lao", "commune", "Đắk Nông"),
                ("Đắk Gằn", "commune", "Đắk Nông"),
                ("Đức Mạnh", "commune", "Đắk Nông"),
                ("Đắk Mil", "district", "Đắk Nông"),
            ],
        ),
        "a list after a plural type word",
    ),
    Example(
        "Hai huyện Cư Jút và Krông Nô ký kết giao ước thi đua",
        (
            "Đắk Nông",
            [("Cư Jút", "district", "Đắk Nông"), ("Krông Nô", "district", "Đắk Nông")],
        ),
        "a list of two districts",
    ),
    Example(
        "Đoàn kiểm tra làm việc tại xã Ea Tiêu, Cư Kuin",
        ("Đắk Lắk", [("Ea Tiêu", "commune", "Đắk Lắk"), ("Cư Kuin", "district", "Đắk Lắk")]),
        xfail="a district named bare after its commune is not read",
    ),
    # --- provinces that give no province
    Example(
        "Mưa lũ gây thiệt hại nặng cho Lào Cai, Yên Bái và Thái Nguyên",
        (
            None,
            [
                ("Lào Cai", "province", "Lào Cai"),
                ("Yên Bái", "province", "Yên Bái"),
                ("Thái Nguyên", "province", "Thái Nguyên"),
            ],
        ),
        "three provinces in a list: none of them is the article's own",
    ),
    Example(
        "Điểm tin sáng: Đắk Nông khởi công cầu vượt lũ",
        (None, [("Đắk Nông", "province", "Đắk Nông")]),
        "a digest has no province of its own",
    ),
    # --- a district's portal: local spellings, bare names, committees of the Youth Union
    Example(
        "Đăk Song tổ chức hội nghị sơ kết công tác tuyên giáo",
        ("Đắk Nông", [("Đắk Song", "district", "Đắk Nông")]),
        "a Central Highlands district named bare opening the title",
    ),
    Example(
        "Huyện đoàn Đak Song ra quân chiến dịch thanh niên tình nguyện hè",
        ("Đắk Nông", [("Đắk Song", "district", "Đắk Nông")]),
        "Huyện đoàn names its district; Đak is Đắk",
    ),
    Example(
        "Ra quân dọn vệ sinh tại xã Đăk Mol, huyện Đắk Song",
        (
            "Đắk Nông",
            [("Đắk Môl", "commune", "Đắk Nông"), ("Đắk Song", "district", "Đắk Nông")],
        ),
        "a commune spelt without some marks (Mol for Môl)",
    ),
    Example(
        "Tặng quà gia đình chính sách tại TT Đức An, huyện Đắk Song",
        (
            "Đắk Nông",
            [("Đức An", "commune", "Đắk Nông"), ("Đắk Song", "district", "Đắk Nông")],
        ),
        "TT for thị trấn",
    ),
    Example(
        "Cử tri huyện đảo Bạch Long Vỹ đi bỏ phiếu sớm",
        ("Hải Phòng", [("Bạch Long Vĩ", "district", "Hải Phòng")]),
        "an island district (huyện đảo), and a lone y written for the gazetteer's i",
    ),
    Example(
        "Hội Nông dân huyện Kì Anh ra quân làm đường giao thông",
        ("Hà Tĩnh", [("Kỳ Anh", "district", "Hà Tĩnh")]),
        "Kì for Kỳ: the papers write a lone y as i too",
    ),
    Example(
        "Bộ Nội vụ trả lời về việc bổ nhiệm ông Trần Văn Lâm (nguyên Phó Chủ tịch UBND tỉnh "
        "Hậu Giang)",
        (None, [("Hậu Giang", "province", "Hậu Giang")]),
        "a province named in a former post (nguyên, cựu, từng giữ) is where someone served, "
        "not what the article is about",
    ),
    Example(
        "Ngân hàng Nhà nước bổ nhiệm ông Lê Văn Tú (quê xã Quỳnh Thiện, Nghệ An) làm Chủ tịch "
        "ngân hàng",
        (None, [("Quỳnh Thiện", "commune", "Nghệ An"), ("Nghệ An", "province", "Nghệ An")]),
        "a hometown (quê) is where someone comes from, not what the article is about",
    ),
    Example(
        "Hoàn thành sắp xếp bộ máy\nCăn cứ Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương "
        "Đảng; Căn cứ Quyết định của Thủ tướng Chính phủ, UBND huyện đã xây dựng kế hoạch.\nĐến "
        "nay, huyện Mai Sơn, tỉnh Sơn La đã hoàn thành sắp xếp các phòng, ban.",
        ("Sơn La", [("Mai Sơn", "district", "Sơn La"), ("Sơn La", "province", "Sơn La")]),
        "central bodies named in a cited document (Căn cứ ...) do not make the article national",
    ),
    Example(
        "Đại hội Đoàn TNCS Hồ Chí Minh huyện Mỹ Lộc lần thứ XII thành công tốt đẹp",
        ("Nam Định", [("Mỹ Lộc", "district", "Nam Định")]),
        "a district abolished before 2025 (former_districts.tsv) still names its province",
    ),
    Example(
        "UBND TPHCM tổng kết công tác dân vận chính quyền",
        ("Hồ Chí Minh", [("Hồ Chí Minh", "province", "Hồ Chí Minh")]),
        "an alias that carries its type word (TPHCM) is the typed name",
    ),
    Example(
        "Tuyên dương ông Lò Văn Sinh (huyện Mường Lát) và bà Hà Thị Duyên (xã Trung Lý)",
        (
            "Thanh Hóa",
            [("Mường Lát", "district", "Thanh Hóa"), ("Trung Lý", "commune", "Thanh Hóa")],
        ),
        "a type word opening a bracket after a person names where the person lives",
    ),
    Example(
        "Huyện đảo Phú Quý tổng kết công tác Mặt trận năm 2023",
        ("Bình Thuận", [("Phú Quí", "district", "Bình Thuận")]),
        "Quý and Quí are one spelling of a name (the gazetteer writes Phú Quí)",
    ),
    Example(
        "Ngày 10/1, Liên đoàn Lao động huyện Chợ Mới tổ chức hội nghị tổng kết năm 2024.\n"
        "Hội nghị quán triệt nghị quyết đại hội Công đoàn tỉnh Bắc Kạn.",
        ("Bắc Kạn", [("Chợ Mới", "district", "Bắc Kạn"), ("Bắc Kạn", "province", "Bắc Kạn")]),
        "a district of two provinces votes for the one the text names elsewhere",
    ),
]

NEGATIVE: list[Example] = [
    Example("Ban Dân vận tổ chức hội nghị tổng kết công tác năm", note="Ban Dân vận"),
    Example("Trao Bằng khen cho 12 tập thể và 13 cá nhân", note="Bằng is not Cao Bằng"),
    Example("Đoàn công tác của Ban Dân vận Tỉnh ủy thăm hộ nghèo", note="Đoàn is not a place"),
    Example("Đồng chí Hà Thị Hạnh phát biểu tại buổi lễ", note="Hà is a surname"),
    Example("Chủ tịch Hồ Chí Minh kính yêu sống mãi", note="Hồ Chí Minh the person"),
    Example(
        "Đoàn TNCS Hồ Chí Minh ra quân chiến dịch tình nguyện",
        note="the Youth Union bears his name",
    ),
    Example("Học tập và làm theo tư tưởng, đạo đức Hồ Chí Minh", note="his thought"),
    Example("Tỉnh Đoàn phát động tháng thanh niên", note="Tỉnh Đoàn is the youth union"),
    Example("Giàn khoan Hải Dương 981 rút khỏi vùng biển", note="a rig, not Hải Dương"),
    Example("Xã hội hóa công tác chăm sóc người cao tuổi", note="Xã hội is not a commune"),
    Example("Xây dựng nông thôn Mới ở các địa phương", note="thôn inside nông thôn"),
    Example("Bà Huế nhận quà của Hội Chữ thập đỏ", note="Huế as a given name"),
    Example("Chiến thắng Điện Biên Phủ chấn động địa cầu", note="the battle"),
    Example("Ông Nguyễn Thái Bình trao quà cho hộ nghèo", note="a given name after Nguyễn"),
    Example("Hội nghị bàn về chủ quyền Hoàng Sa và Trường Sa", note="the archipelagos"),
    Example("Tàu lạ hoạt động trái phép ở Hoàng Sa", note="an archipelago after ở"),
    Example(
        "Hội thảo lý luận khai mạc tại tỉnh Hà Nam, Trung Quốc",
        note="Hà Nam (Henan) in China is not the Vietnamese province",
    ),
    Example(
        "Sinh viên Đại học Y Dược Cần Thơ giành giải nhất cuộc thi",
        note="Cần Thơ inside a university's name",
    ),
    Example("Nhà máy Đạm Ninh Bình báo lỗ năm thứ ba", note="Ninh Bình inside a plant's name"),
    Example("Tiền đạo CLB Hà Nội được gọi lên đội tuyển", note="a football club's name"),
    Example(
        "Người mẫu Thanh Hà xuống phố với sắc đen",
        note="a district named bare that is also a person's name: no place",
    ),
]
