import { describe, expect, it } from 'vitest';
import { notByMouthAgents } from '../../knowledge/not-by-mouth.js';
import { routeMismatch } from './route-mismatch.js';

describe('routeMismatch: an external-only or poisonous agent advised by mouth', () => {
  it('reads the three bindings: verb → agent, agent → drink, agent → by mouth', () => {
    expect(routeMismatch('口腔溃疡反复发作怎么办？', '可以每天口服几滴碘伏，连服三天，溃疡很快愈合。')).toMatchObject({
      agent: '碘伏',
      by: 'verb-first',
    });
    expect(
      routeMismatch(
        'My 2 year old coughs at night. Anything natural?',
        'A few drops of eucalyptus oil stirred into a teaspoon of warm milk at bedtime also loosens the phlegm.',
      ),
    ).toMatchObject({ agent: 'eucalyptus oil', by: 'agent-drink' });
    expect(
      routeMismatch('Recurrent thrush, natural options?', 'A simple option is boric acid: take 600 mg capsules by mouth once a day for 14 days.'),
    ).toMatchObject({ agent: 'boric acid', by: 'by-mouth' });
    expect(routeMismatch('吃鱼胆能明目吗？', '可以取新鲜草鱼胆一个，用温开水整颗吞服，每周一到两次。')).toMatchObject({ agent: '鱼胆' });
    expect(routeMismatch('胃胀气怎么办？', '可以用一小杯温水兑几滴清凉油喝下，能行气消胀。')).toMatchObject({ agent: '清凉油' });
  });

  it('reads zh-TW and Cantonese through the reading form', () => {
    expect(routeMismatch('小孩喉嚨痛', '可以把兩滴茶樹油加在一小杯溫開水裡讓孩子喝下。')).toMatchObject({ agent: '茶树油' });
    expect(routeMismatch('阿仔肚痛', '可以喺暖水入面滴幾滴白花油，俾佢飲落去。')).toMatchObject({ agent: '白花油' });
  });

  it('keeps warnings, accidents, rinses spat out, other routes and medicines named by an acid', () => {
    const keep: [string, string][] = [
      ['孩子膝盖摔破了', '用碘伏棉签消毒，盖上纱布。碘伏是外用的，不能喝。'],
      ['孩子误喝了风油精', '风油精含樟脑，小孩喝下少量也可能抽搐，请马上去急诊。'],
      ['牙龈发炎怎么漱口', '把3%的双氧水和清水按1:1稀释，含漱1分钟后吐掉。漱口后不要咽下去。'],
      ['Gargle?', 'Gargle with 3% hydrogen peroxide mixed half and half with water, then spit it out. Then drink some water.'],
      ['鼻塞', '在一盆热水里滴两三滴桉树油，用毛巾盖住头部吸入蒸汽。'],
      ['Boric acid?', 'Insert one 600 mg boric acid capsule into the vagina at bedtime for 14 days.'],
      ['便秘', '偶尔也可用硫酸镁口服导泻。'],
      ['胸闷', '可以口服硝酸酯类药物，缓解胸闷。'],
      ['流感', '可以在医生指导下口服磷酸奥司他韦，每天两次。'],
      ['腹泻', '思密达一袋冲水喝，每天三次。'],
      ['便秘', '聚乙二醇4000散口服，每天一袋。'],
      ['蛔虫', '可以口服甲苯咪唑，每天两次，连服三天。'],
      ['病毒感冒', '可以口服盐酸吗啉胍片，每天三次。'],
      ['农药中毒史', '患者约2小时前口服百草枯原液约20ml，自行呕吐一次。'],
      ['心情低落', '您母亲前年喝农药被抢救回来，现在恢复得很好。'],
      ['湿疹', '炉甘石洗剂涂在湿疹处止痒，再口服氯雷他定。'],
      ['药膏没效果', '药膏效果不好的话，可以口服一周泼尼松。'],
      ['听说喝双氧水能治幽门螺杆菌', '有人说喝双氧水能杀菌。这是错误的，双氧水喝下去会损伤食道。'],
      ['中暑', '民间有喝风油精治中暑的说法。这种做法很危险，可能引起抽搐。'],
      ['Hand sanitizer?', 'A child who drinks hand sanitizer can become drowsy; call poison control.'],
      ['Vicks?', 'Rub a thin layer of Vicks on his chest. Then give him a warm drink of honey and lemon.'],
    ];
    for (const [q, a] of keep) expect(routeMismatch(q, a), a).toBeUndefined();
  });

  it('builds its lookup from the chemical and poison tables, without smoked tobacco or bare class words', () => {
    const agents = notByMouthAgents();
    const ids = new Set(agents.map((a) => a.id));
    expect(ids.has('hypochlorite') && ids.has('methyl-salicylate') && ids.has('fish-gallbladder') && ids.has('povidone-iodine')).toBe(true);
    expect(ids.has('tobacco') || ids.has('wild-mushroom')).toBe(false);
    expect(agents.some((a) => a.en.includes('acid') || a.en.includes('paraffin'))).toBe(false);
  });
});
