/// The words the generator builds names from. Plausible for a county in central China, not real: any resemblance to a
/// registered company is chance.
enum GeneratorVocabulary {
    /// One segment of a chain template: its name, English name and the noun its technologies and demands talk about.
    struct SegmentTemplate {
        let name: String
        let nameEN: String
        let noun: String
    }

    /// An industry chain: names, the field its experts name, the word in its enterprises' names, and its segments
    /// from upstream to downstream.
    struct ChainTemplate {
        let slug: String
        let name: String
        let nameEN: String
        let field: String
        let industry: String
        let segments: [SegmentTemplate]
    }

    static let chains: [ChainTemplate] = [
        ChainTemplate(slug: "pva", name: "精细化工新材料", nameEN: "Fine-chemical new materials", field: "高分子材料", industry: "新材料", segments: [
            SegmentTemplate(name: "醋酸乙烯合成", nameEN: "Vinyl acetate synthesis", noun: "醋酸乙烯"),
            SegmentTemplate(name: "聚乙烯醇树脂", nameEN: "PVA resin", noun: "聚乙烯醇"),
            SegmentTemplate(name: "PVB树脂", nameEN: "PVB resin", noun: "PVB树脂"),
            SegmentTemplate(name: "功能薄膜", nameEN: "Functional films", noun: "光学膜"),
            SegmentTemplate(name: "纤维与制品", nameEN: "Fibres and products", noun: "维纶纤维"),
        ]),
        ChainTemplate(slug: "herbal", name: "中药材", nameEN: "Chinese herbal medicine", field: "中药学", industry: "药业", segments: [
            SegmentTemplate(name: "种苗繁育", nameEN: "Seedling breeding", noun: "黄精种苗"),
            SegmentTemplate(name: "规范化种植", nameEN: "GAP cultivation", noun: "黄姜"),
            SegmentTemplate(name: "产地初加工", nameEN: "Primary processing", noun: "饮片"),
            SegmentTemplate(name: "有效成分提取", nameEN: "Active ingredient extraction", noun: "皂素"),
            SegmentTemplate(name: "中成药与保健品", nameEN: "Medicines and health foods", noun: "药食同源"),
            SegmentTemplate(name: "康养服务", nameEN: "Wellness services", noun: "康养"),
        ]),
        ChainTemplate(slug: "tea", name: "茶叶", nameEN: "Tea", field: "茶学", industry: "茶业", segments: [
            SegmentTemplate(name: "茶树育种", nameEN: "Tea breeding", noun: "茶树品种"),
            SegmentTemplate(name: "生态茶园", nameEN: "Ecological tea gardens", noun: "茶园"),
            SegmentTemplate(name: "初制加工", nameEN: "Primary processing", noun: "绿茶"),
            SegmentTemplate(name: "精制拼配", nameEN: "Refining and blending", noun: "黑茶"),
            SegmentTemplate(name: "深加工提取", nameEN: "Extraction", noun: "茶黄素"),
        ]),
        ChainTemplate(slug: "ceramics", name: "陶瓷", nameEN: "Ceramics", field: "无机非金属材料", industry: "陶瓷", segments: [
            SegmentTemplate(name: "原料开采", nameEN: "Raw materials", noun: "高岭土"),
            SegmentTemplate(name: "坯釉料制备", nameEN: "Body and glaze", noun: "釉料"),
            SegmentTemplate(name: "成型烧成", nameEN: "Forming and firing", noun: "窑炉"),
            SegmentTemplate(name: "日用与工业陶瓷", nameEN: "Tableware and industrial ceramics", noun: "特种陶瓷"),
        ]),
        ChainTemplate(slug: "silica", name: "硅材料", nameEN: "Silicon materials", field: "材料科学", industry: "硅业", segments: [
            SegmentTemplate(name: "石英矿开采", nameEN: "Quartz mining", noun: "石英矿"),
            SegmentTemplate(name: "高纯石英砂", nameEN: "High-purity quartz sand", noun: "石英砂"),
            SegmentTemplate(name: "工业硅冶炼", nameEN: "Silicon smelting", noun: "工业硅"),
            SegmentTemplate(name: "有机硅单体", nameEN: "Organosilicon monomers", noun: "有机硅"),
            SegmentTemplate(name: "硅基制品", nameEN: "Silicon products", noun: "硅橡胶"),
        ]),
        ChainTemplate(slug: "agrifood", name: "农产品精深加工", nameEN: "Agri-food processing", field: "食品科学", industry: "食品", segments: [
            SegmentTemplate(name: "原料基地", nameEN: "Raw material bases", noun: "柑橘"),
            SegmentTemplate(name: "清洗分级", nameEN: "Washing and grading", noun: "分级"),
            SegmentTemplate(name: "精深加工", nameEN: "Deep processing", noun: "果汁"),
            SegmentTemplate(name: "冷链物流", nameEN: "Cold chain", noun: "冷链"),
            SegmentTemplate(name: "品牌销售", nameEN: "Branding and sales", noun: "电商"),
        ]),
        ChainTemplate(slug: "electronics", name: "电子信息", nameEN: "Electronics", field: "电子科学与技术", industry: "电子", segments: [
            SegmentTemplate(name: "电子材料", nameEN: "Electronic materials", noun: "覆铜板"),
            SegmentTemplate(name: "元器件", nameEN: "Components", noun: "电容器"),
            SegmentTemplate(name: "电路板组装", nameEN: "PCB assembly", noun: "电路板"),
            SegmentTemplate(name: "整机制造", nameEN: "Device manufacturing", noun: "智能终端"),
            SegmentTemplate(name: "软件与服务", nameEN: "Software and services", noun: "嵌入式软件"),
        ]),
        ChainTemplate(slug: "equipment", name: "装备制造", nameEN: "Equipment manufacturing", field: "机械工程", industry: "机械", segments: [
            SegmentTemplate(name: "铸锻件", nameEN: "Castings and forgings", noun: "铸件"),
            SegmentTemplate(name: "精密零部件", nameEN: "Precision parts", noun: "齿轮"),
            SegmentTemplate(name: "电控系统", nameEN: "Electric controls", noun: "控制器"),
            SegmentTemplate(name: "整机装配", nameEN: "Assembly", noun: "农机"),
            SegmentTemplate(name: "运维服务", nameEN: "Maintenance services", noun: "远程运维"),
        ]),
        ChainTemplate(slug: "bamboo", name: "竹木加工", nameEN: "Bamboo and wood", field: "林业工程", industry: "竹业", segments: [
            SegmentTemplate(name: "竹林培育", nameEN: "Bamboo forestry", noun: "楠竹"),
            SegmentTemplate(name: "竹材初加工", nameEN: "Primary bamboo processing", noun: "竹片"),
            SegmentTemplate(name: "重组竹板材", nameEN: "Engineered bamboo boards", noun: "重组竹"),
            SegmentTemplate(name: "家具与日用品", nameEN: "Furniture and goods", noun: "竹家具"),
        ]),
        ChainTemplate(slug: "biomed", name: "生物医药", nameEN: "Biomedicine", field: "药学", industry: "生物", segments: [
            SegmentTemplate(name: "原料药", nameEN: "Active pharmaceutical ingredients", noun: "原料药"),
            SegmentTemplate(name: "制剂", nameEN: "Formulations", noun: "缓释制剂"),
            SegmentTemplate(name: "医疗器械", nameEN: "Medical devices", noun: "医用敷料"),
            SegmentTemplate(name: "检测服务", nameEN: "Testing services", noun: "检测"),
        ]),
        ChainTemplate(slug: "energy", name: "新能源", nameEN: "New energy", field: "电气工程", industry: "新能源", segments: [
            SegmentTemplate(name: "储能材料", nameEN: "Storage materials", noun: "正极材料"),
            SegmentTemplate(name: "电池制造", nameEN: "Battery manufacturing", noun: "锂电池"),
            SegmentTemplate(name: "光伏组件", nameEN: "PV modules", noun: "光伏组件"),
            SegmentTemplate(name: "充换电服务", nameEN: "Charging services", noun: "充电桩"),
        ]),
        ChainTemplate(slug: "textile", name: "纺织服装", nameEN: "Textiles and apparel", field: "纺织工程", industry: "纺织", segments: [
            SegmentTemplate(name: "纤维原料", nameEN: "Fibres", noun: "苎麻"),
            SegmentTemplate(name: "纺纱织造", nameEN: "Spinning and weaving", noun: "纱线"),
            SegmentTemplate(name: "印染整理", nameEN: "Dyeing and finishing", noun: "印染"),
            SegmentTemplate(name: "服装家纺", nameEN: "Apparel and home textiles", noun: "服装"),
        ]),
    ]

    /// What a core technology does to its segment's noun, and the field it belongs to when not the chain's own.
    static let processes: [(word: String, english: String, field: String?)] = [
        ("高效合成", "efficient synthesis", "化学工程"), ("绿色提取", "green extraction", "化学工程"),
        ("改性", "modification", nil), ("精准育种", "precision breeding", "生物技术"), ("标准化生产", "standardised production", nil),
        ("在线检测", "on-line inspection", "检测技术"), ("节能降耗", "energy saving", "环境工程"), ("智能控制", "intelligent control", "自动化"),
        ("废弃物资源化", "waste valorisation", "环境工程"), ("连续化加工", "continuous processing", nil), ("质量追溯", "quality traceability", "信息技术"),
        ("配方设计", "formulation design", nil), ("保鲜储运", "preservation and storage", "食品科学"), ("精密成型", "precision forming", "机械工程"),
        ("纯化", "purification", "化学工程"), ("病虫害绿色防控", "green pest control", "植物保护"),
    ]

    /// The words of demand titles around a technology keyword: `{k}` is replaced by the keyword.
    static let demandTitles: [String] = [
        "{k}关键技术攻关", "{k}工艺优化与产业化", "提高{k}产品得率", "{k}生产线技术改造", "新型{k}产品开发",
        "{k}质量稳定性提升", "{k}成本降低技术需求", "{k}技术难题求解", "{k}标准制定与检测", "{k}中试与放大",
    ]

    static let places = ["溆浦", "怀化", "雪峰", "沅水", "龙潭", "桥江", "低庄", "卢峰", "黄茅园", "思蒙", "大江口", "湘西", "五溪", "辰溪", "麻阳"]
    /// Brand syllables and their pinyin, for names and English names.
    static let brands: [(String, String)] = [
        ("华", "Hua"), ("兴", "Xing"), ("盛", "Sheng"), ("达", "Da"), ("鑫", "Xin"), ("源", "Yuan"), ("康", "Kang"),
        ("泰", "Tai"), ("宏", "Hong"), ("瑞", "Rui"), ("恒", "Heng"), ("丰", "Feng"), ("隆", "Long"), ("通", "Tong"),
        ("远", "Yuan"), ("新", "Xin"), ("德", "De"), ("嘉", "Jia"), ("富", "Fu"), ("益", "Yi"), ("维", "Wei"), ("顺", "Shun"),
        ("金", "Jin"), ("天", "Tian"), ("和", "He"), ("美", "Mei"), ("博", "Bo"), ("创", "Chuang"), ("安", "An"), ("宇", "Yu"),
    ]
    static let companySuffixes = ["有限公司", "有限公司", "有限公司", "科技有限公司", "股份有限公司", "有限责任公司"]

    static let universities: [(name: String, nameEN: String, location: Location)] = [
        ("湖南大学", "Hunan University", .province), ("中南大学", "Central South University", .province),
        ("湖南农业大学", "Hunan Agricultural University", .province), ("湖南中医药大学", "Hunan University of Chinese Medicine", .province),
        ("湖南科技大学", "Hunan University of Science and Technology", .province), ("怀化学院", "Huaihua University", .city),
        ("吉首大学", "Jishou University", .province), ("湖南师范大学", "Hunan Normal University", .province),
        ("长沙理工大学", "Changsha University of Science and Technology", .province),
        ("中南林业科技大学", "Central South University of Forestry and Technology", .province),
        ("湘潭大学", "Xiangtan University", .province), ("华中科技大学", "Huazhong University of Science and Technology", .national),
        ("浙江大学", "Zhejiang University", .national), ("江南大学", "Jiangnan University", .national),
    ]
    static let institutes: [(name: String, nameEN: String, location: Location)] = [
        ("湖南省农业科学院", "Hunan Academy of Agricultural Sciences", .province),
        ("湖南省林业科学院", "Hunan Academy of Forestry", .province),
        ("湖南省中医药研究院", "Hunan Academy of Chinese Medicine", .province),
        ("湖南省茶叶研究所", "Hunan Tea Research Institute", .province),
        ("中国科学院过程工程研究所", "CAS Institute of Process Engineering", .national),
        ("中国林业科学研究院", "Chinese Academy of Forestry", .national),
        ("湖南省化工研究院", "Hunan Research Institute of Chemical Industry", .province),
        ("怀化市农业科学研究所", "Huaihua Institute of Agricultural Sciences", .city),
    ]

    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢舒向").map(String.init)
    static let givenNames = Array("建国华明军平志强伟丽敏静勇杰涛磊洋艳娟霞秀英芳红文斌波辉刚健峰亮林清雪梅海燕春玲").map(String.init)
    static let foreignNames = ["Anna Müller", "David Smith", "Kenji Sato", "Marie Dubois", "Ivan Petrov", "Lucas Silva", "Emma Johansson"]
}
