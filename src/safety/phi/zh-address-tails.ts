// What continues a Chinese address after a place: a street (with or without a number), then compounds and unit
// numbers ("文三路", "彌敦道688號旺角中心一期12樓1205室", "中山路献血屋" stops at 屋). Shared by the boundary repairs
// after the administrative chain (index.ts) and the gazetteer's places in prose (gazetteer.ts).

export const ZH_STREET_TAIL =
  /^[\u4e00-\u9fa5A-Za-z0-9]{1,8}?(?:大街|大道|马路|馬路|路|街|道|巷|弄|胡同)(?:[东西南北中]段|[一二三四五六七八九十\d]+段)?(?:\d{1,5}[号弄](?:之\d+)?)?/;

/** After a bare place name in prose the street's own characters hold no function word or verb ("在温州看病的时候走路"
 * is not a street), and a named section may follow ("青山公路青山灣段"). */
export const ZH_STREET_TAIL_STRICT =
  /^(?:(?![的了看去在是有和与把被说說走到要就也都还還我你他她们們这這那个個吃做买買回来來上下时時候])[\u4e00-\u9fa5A-Za-z0-9]){1,8}?(?:大街|大道|公路|马路|馬路|路|街|道|巷|弄|胡同)(?:[东西南北中]段|[一二三四五六七八九十\d]+段|[\u4e00-\u9fa5]{1,4}段)?(?:\d{1,5}[号號弄](?:之\d+)?)?/;

export const ZH_UNIT_TAIL =
  /^(?:[\u4e00-\u9fa5A-Za-z]{2,8}?(?:花园|花園|中心|大厦|大廈|广场|廣場|小区|小區|新村|公寓|苑|阁|閣|期)|[\dA-Za-z一二三四五六七八九十]{1,5}(?:号楼|号|楼|层|室|座|栋|棟|单元|單元|期|阁|閣|樓|F))+/;
