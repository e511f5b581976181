"""Made-up subscribers for holdout10: one per file, shared by the oracle (cases.py) and the generators so that
the names typed into a workbook and the names the oracle expects cannot drift apart. Values here are the
NORMALISED values; a generator that writes a value differently (lower-case id, extra spaces, a phone as a
number) says so in its own code and cases.py says what that normalises to."""

# key: (subscriber_name, subscriber_id, contact_name, contact_phone, contact_email, signatory_name)
P = {
    "P01": ("Aberdeen Harbour Securities Limited", "HSN1101", "Wong Ka Lok", "+852 2110 4431", "kalok.wong@aberdeenharbour.com.hk", "Leung Siu Fung"),
    "P02": ("Bonham Strand Brokerage Ltd", "HSN1102", "Chan Mei Ling", "2541 7720", "meiling.chan@bonhamstrand.hk", "Ho Wai Kit"),
    "P03": ("Causeway Bay Capital Limited", "HSN1103", "Lam Chi Hung", "23118842", "chihung.lam@cbcapital.com.hk", "Lam Chi Hung"),
    "P04": ("Des Voeux Securities Company Limited", "HSN1104", "Yeung Pui Shan", "(852) 2815 6604", "ps.yeung@desvoeuxsec.com", "Tsang Ho Yin"),
    "P05": ("Eastern Pearl Investments Limited", "HSN1105", "Kwok Hiu Tung", "3106 2288", "hiutung.kwok@easternpearl.com.hk", "Fung Man Chung"),
    "P06": ("Fortress Hill Futures & Securities Ltd", "HSN1106", "Cheng Wing Yan", "2562-9013", "wingyan.cheng@fortresshill.hk", "Cheng Wing Yan"),
    "P07": ("Gloucester Road Securities Limited", "HSN1107", "Siu Ka Wai", "2827 3390", "kawai.siu@gloucesterrd.com.hk", "Mak Chun Hei"),
    "P08": ("Happy Valley Securities Limited", "HSN1108", "Ng Tsz Ching", "+852 2893 1455", "tszching.ng@hvsec.com.hk", "Ng Tsz Ching"),
    "P09": ("Ice House Street Brokers Limited", "HSN1133", "Poon Lai Kuen", "2522 6170", "laikuen.poon@icehouse.hk", "Chow Yiu Man"),
    "P10": ("Jordan Road Securities Limited", "HSN1110", "Tam Chi Kin", "2868 1200", "chikin.tam@jordanrd.com.hk", "Tam Chi Kin"),
    "P11": ("Kennedy Town Capital Markets Limited", "HSN1111", "Lee Hoi Ying", "2816 5547", "hoiying.lee@ktcm.com.hk", "So Wai Lun"),
    "P12": ("Lockhart Securities Limited", "HSN1112", "Au Yeung Ka Man", "2598 0013", "kaman.auyeung@lockhartsec.com", "Au Yeung Ka Man"),
    "P13": ("Mongkok Equities Limited", "HSN1113", "Choi Siu Wa", "2394 8821", "siuwa.choi@mkequities.com.hk", "Yip Kwok Keung"),
    "P14": ("Nathan Road Investment Services Limited", "HSN1114", "Ma Hoi Lam", "+852 2730 6612", "hoilam.ma@nathanrdinv.hk", "Ma Hoi Lam"),
    "P15": ("Old Bailey Securities Limited", "HSN1115", "Kong Yuen Ting", "2526 4471", "yuenting.kong@oldbailey.com.hk", "Kong Yuen Ting"),
    "P16": ("Pedder Street Capital Limited", "HSN1116", "Fong Chun Wai", "(852) 2577 3300", "chunwai.fong@pedderst.com.hk", "Wan Sze Nga"),
    "P17": ("Queensway Brokerage Limited", "HSN1117", "Hui Wing Sum", "2866 9021", "wingsum.hui@queensway-brokerage.com", "Hui Wing Sum"),
    "P18": ("Robinson Road Securities Limited", "HSN1118", "Lau Kin Man", "2549 7318", "kinman.lau@robinsonrd.com.hk", "Lau Kin Man"),
    "P19": ("Sai Ying Pun Securities Limited", "HSN1119", "Chu Ming Yan", "2858 2740", "mingyan.chu@sypsec.hk", "Chu Ming Yan"),
    "P20": ("Tai Koo Shing Investments Limited", "HSN1120", "Liu Ho Kwan", "2567 1839", "hokwan.liu@tksinv.com.hk", "Liu Ho Kwan"),
    "P21": ("Upper Albert Securities Limited", "HSN1121", "Mok Sze Wing", "2524 0931", "szewing.mok@upperalbert.com.hk", "Mok Sze Wing"),
    "P22": ("Victoria Park Capital Limited", "HSN1122", "Yu Chi Wai", "+852 2512 7740", "chiwai.yu@vpcapital.com.hk", "Koo Ka Yan"),
    "P23": ("Wan Chai Gap Securities Limited", "HSN1123", "Shek Yan Ting", "2893 5521", "yanting.shek@wcgap.hk", "Shek Yan Ting"),
    "P24": ("Yau Ma Tei Brokers Limited", "HSN1124", "Cheung Ho Ming", "2780 4415", "homing.cheung@ymtbrokers.com.hk", "Cheung Ho Ming"),
    "P25": ("Ap Lei Chau Securities Limited", "HSN1125", "Law Pui Yee", "2873 9008", "puiyee.law@alcsec.com.hk", "Law Pui Yee"),
    "P26": ("Braemar Hill Financial Limited", "HSN1126", "Kan Tsz Hin", "2570 3361", "tszhin.kan@braemarhill.com.hk", "Kan Tsz Hin"),
    "P27": ("Chai Wan Securities Limited", "HSN1127", "Tong Wai Man", "2558 1902", "waiman.tong@chaiwansec.com.hk", "Tong Wai Man"),
    "P28": ("Diamond Hill Equities Limited", "HSN1128", "Pang Ka Ho", "2326 7719", "kaho.pang@diamondhilleq.com", "Wu Sin Yi"),
    "P29": ("El Pilar Securities Limited", "HSN1129", "Chiu Lok Yin", "2881 4506", "lokyin.chiu@elpilar.com.hk", "Chiu Lok Yin"),
    "P30": ("Fanling Capital Limited", "HSN1130", "Leung Wai Yin", "2675 2203", "waiyin.leung@fanlingcap.hk", "Leung Wai Yin"),
    "P31": ("Gascoigne Road Securities Limited", "HSN1131", "Sin Hok Man", "2388 0617", "hokman.sin@gascoigne.com.hk", "Sin Hok Man"),
    "P32": ("Hung Hom Bay Securities Limited", "HSN1132", "Yim Ka Po", "2764 1184", "kapo.yim@hhbsec.com.hk", "Yim Ka Po"),
    "P33": ("Ivy Street Brokerage Limited", "HSN1134", "Wat Chung Yin", "2395 6627", "chungyin.wat@ivystreet.hk", "Wat Chung Yin"),
    "P34": ("Jardine's Lookout Securities Limited", "HSN1135", "Kwan Mei Kuen", "2577 0045", "meikuen.kwan@jlsec.com.hk", "Kwan Mei Kuen"),
    "P35": ("Kadoorie Hill Capital Limited", "HSN1136", "Ho Ching Yee", "2715 3380", "chingyee.ho@kadooriehill.com.hk", "Ho Ching Yee"),
    "P36": ("Lai Chi Kok Securities Limited", "HSN1137", "Tse Kwok Leung", "2741 9962", "kwokleung.tse@lcksec.com.hk", "Tse Kwok Leung"),
    "P37": ("Ma On Shan Investments Limited", "HSN1138", "Fok Wing Chi", "2633 2475", "wingchi.fok@mosinv.com.hk", "Fok Wing Chi"),
    "P38": ("North Point Securities Limited", "HSN1139", "Lo Siu Ming", "2811 6093", "siuming.lo@northpointsec.com.hk", "Lo Siu Ming"),
    "P39": ("Ocean Park Road Brokers Limited", "HSN1140", "Kwong Yee Ting", "2553 7104", "yeeting.kwong@oprbrokers.hk", "Kwong Yee Ting"),
    "P40": ("Po Lam Securities Limited", "HSN1141", "Hung Chi Fai", "2703 5512", "chifai.hung@polamsec.com.hk", "Hung Chi Fai"),
    "P41": ("Quarry Bay Capital Limited", "HSN1142", "Ip Ka Yee", "2811 4078", "kayee.ip@quarrybaycap.com.hk", "Shum Chi Ming"),
}

REF = "HDS/23/1109"
SERVICES = ["OTP-C", "OTP-CSC", "OMD-C", "OMD-CC"]
SYSTEMS = {
    "OTP-C": "Orion Trading Platform – Securities Market",
    "OTP-CSC": "Orion Trading Platform – China Stock Connect",
    "OMD-C": "Orion Market Data – Securities Market",
    "OMD-CC": "Orion Market Data – China Connect",
}
TITLE_A = "Appendix A – Intention Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone Network"
TITLE_B = "Appendix B – Result Form for Using HSN to participate Practice Session for Firmware Upgrade of HKEX Backbone Network"


def person(key):
    n, i, c, ph, e, s = P[key]
    return {"subscriber_name": n, "subscriber_id": i, "contact_name": c, "contact_phone": ph, "contact_email": e,
            "signatory_name": s}
