"""Made-up subscribers of holdout7 (ids HSN7000-HSN7999, used by no other corpus): name, id, contact, phone, e-mail,
authorised signatory, exactly as typed. Shared by the generators; cases.py types its own values."""
FIRMS = {
    "tinshuiwai":  ("Tin Shui Wai Securities Limited", "HSN7013", "Chan Mei Ling", "2446 3051", "meiling.chan@tswsec.com.hk", "Ho Wing Kei"),
    "kamtin":      ("錦田證券有限公司", "HSN7026", "鄧家豪", "2476 1180", "kaho.tang@kamtinsec.com.hk", "鄧志明"),
    "sheungshui":  ("Sheung Shui Capital Limited", "HSN7031", "Lau Ka Wai", "2670 2214", "kawai.lau@sscapital.com.hk", "Lau Ka Wai"),
    "fanling":     ("Fanling Financial Group Limited", "HSN7048", "Man Hoi Ching", "2669 0375", "hoiching.man@fanlingfg.com.hk", "Tang Kwok Hung"),
    "yuenlong":    ("Yuen Long Futures Limited", "HSN7054", "Cheng Wai Lam", "2473 8862", "wailam.cheng@ylfutures.com.hk", "Cheng Wai Lam"),
    "tuenmun":     ("Tuen Mun Harbour Securities Limited", "HSN7067", "Leung Sze Wing", "2459 1033", "szewing.leung@tmhsec.com.hk", "Kwok Yiu Ming"),
    "saikung":     ("Sai Kung Capital Management Limited", "HSN7072", "Yim Ka Ho", "2792 4418", "kaho.yim@saikungcm.com.hk", "Yim Ka Ho"),
    "clearwaterbay": ("Clear Water Bay Securities Limited", "HSN7085", "Szeto Wing Yan", "2358 6627", "wingyan.szeto@cwbsec.com.hk", "Szeto Ho Chun"),
    "lamma":       ("Lamma Island Brokers Limited", "HSN7091", "Chow Tsz Yan", "2982 0456", "tszyan.chow@lammabrokers.com.hk", "Chow Tsz Yan"),
    "taio":        ("Tai O Trading Company Limited", "HSN7108", "Lai Chun Kit", "2985 7321", "chunkit.lai@taiotrading.com.hk", "Lai Chun Kit"),
    "muiwo":       ("Mui Wo Investment Limited", "HSN7113", "Kwan Hoi Lam", "2984 2290", "hoilam.kwan@muiwoinv.com.hk", "Kwan Hoi Lam"),
    "shamshuipo":  ("Sham Shui Po Securities Limited", "HSN7129", "Tsang Yuk Lan", "2728 3914", "yuklan.tsang@sspsec.com.hk", "Tsang Man Fai"),
    "shekkipmei":  ("Shek Kip Mei Finance Limited", "HSN7134", "Ng Chi Keung", "2777 5180", "chikeung.ng@skmfinance.com.hk", "Ng Chi Keung"),
    "taiwai":      ("Tai Wai Securities Limited", "HSN7146", "Wong Pui Man", "2691 4427", "puiman.wong@taiwaisec.com.hk", "Wong Pui Man"),
    "maliushui":   ("Ma Liu Shui Capital Limited", "HSN7152", "Ip Siu Kei", "2609 1185", "siukei.ip@mlscapital.com.hk", "Ip Siu Kei"),
    "kwaichung":   ("Kwai Chung Brokerage Limited", "HSN7167", "So Wai Ming", "2423 6604", "waiming.so@kcbrokerage.com.hk", "So Wai Ming"),
    "tsuenwan":    ("Tsuen Wan Securities Limited", "HSN7173", "Wong Siu Fung", "2414 7736", "siufung.wong@tsuenwansec.com.hk", "Cheung Lai Ha"),
    "laiking":     ("Lai King Capital Limited", "HSN7188", "Mak Ho Yee", "2741 0659", "hoyee.mak@laikingcap.com.hk", "Mak Ho Yee"),
    "hanghau":     ("Hang Hau Securities Limited", "HSN7194", "Chiu Wing Sum", "2719 3380", "wingsum.chiu@hanghausec.com.hk", "Chiu Wing Sum"),
    "wanchaigap":  ("Wan Chai Gap Securities Limited", "HSN7205", "Lo Ka Yan", "2527 4491", "kayan.lo@wcgsec.com.hk", "Lo Ka Yan"),
    "happyvalley": ("Happy Valley Brokerage Limited", "HSN7219", "Ma Chun Wai", "2891 6073", "chunwai.ma@hvbrokerage.com.hk", "Ma Chun Wai"),
    "causewaybay": ("Causeway Bay Capital Limited", "HSN7224", "Yu Hiu Ying", "2576 3349", "hiuying.yu@cbcapital.com.hk", "Yu Kin Wah"),
    "admiralty":   ("Admiralty Securities Limited", "HSN7236", "Kwok Man Yi", "00852 2529 6610", "manyi.kwok@admiraltysec.com.hk", "Kwok Man Yi"),
    "sheungwan":   ("Sheung Wan Investment Limited", "HSN7241", "Tse Wing Chi", "2545 8812", "wingchi.tse@swinvest.com.hk", "Tse Wing Chi"),
    "saiwanho":    ("Sai Wan Ho Securities Limited", "HSN7257", "Cheung Hoi Man", "2567 0928", "hoiman.cheung@swhsec.com.hk", "Cheung Hoi Man"),
    "lohas":       ("LOHAS Park Capital Limited", "HSN7262", "Fung Tsz Wai", "36182040", "tszwai.fung@lohascap.com.hk", "Fung Tsz Wai"),
    "polam":       ("Po Lam Securities Limited", "HSN7278", "Chan Ho Yin", "2623 5547", "hoyin.chan@polamsec.com.hk", "Chan Ho Yin"),
    "kwuntong":    ("Kwun Tong Trading Limited", "HSN7283", "Lee Ka Lok", "2342 9906", "kalok.lee@kwuntongtrading.com.hk", "Lee Ka Lok"),
    "ngautaukok":  ("Ngau Tau Kok Securities Limited", "HSN7294", "Hui Ming Wai", "2750 3318", "mingwai.hui@ntksec.com.hk", "Hui Ming Wai"),
    "lamtin":      ("Lam Tin Capital Limited", "HSN7305", "Shek Yee Ting", "2346 1172", "yeeting.shek@lamtincap.com.hk", "Shek Yee Ting"),
    "yautong":     ("Yau Tong Capital Limited", "HSN7311", "Chu Kwok Leung", "2347 5508", "kwokleung.chu@yautongcap.com.hk", "Chu Kwok Leung"),
    "lokmachau":   ("Lok Ma Chau Investments Limited", "HSN7332", "Kwan Sze Nga", "2471 6630", "szenga.kwan@lmcinvest.com.hk", "Kwan Sze Nga"),
    "tinshuiwai2": ("天水圍金融有限公司", "HSN7326", "黃美儀", "2448 1203", "meiyee.wong@tswfin.com.hk", "黃志強"),
}
NAMES = {"OTP-C": "Orion Trading Platform – Securities Market", "OTP-CSC": "Orion Trading Platform – China Stock Connect",
         "OMD-C": "Orion Market Data – Securities Market", "OMD-CC": "Orion Market Data – China Connect"}
ZH = {"OTP-C": "領航星交易平台－證券市場", "OTP-CSC": "領航星交易平台－中華通", "OMD-C": "領航星市場數據平台－證券市場",
      "OMD-CC": "領航星市場數據平台－中華通"}
CODES = list(NAMES)
INT_TITLE = "Appendix A – Intention Form for Using HSN to participate Practice Session"
RES_TITLE = "Appendix B – Result Form for Using HSN to participate Practice Session"
INT_ZH = "附錄A – 使用HSN參與演習意向書"
RES_ZH = "附錄B – 使用HSN參與演習結果表格"
SUB = "Practice Session for Firmware Upgrade of HKEX Backbone Network for Securities Market Systems"
