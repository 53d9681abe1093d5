import sys
# mkrev.py AREA COMMITS M N DEADLINE target.txt [area-extra.txt] -> full-rev-AREA.txt
area, commit, m, n, dl, tgt = sys.argv[1:7]
extra = open(sys.argv[7]).read() if len(sys.argv) > 7 else ''
s = open('/work/coord/h44/reviewer-common.txt').read()
s = s.replace('__AREA__', area).replace('__COMMIT__', commit).replace('__M__', m).replace('__N__', n)
s = s.replace('__DEADLINE__', dl).replace('__TARGET__', open(tgt).read().strip())
open(f'/work/coord/h44/full-rev-{area}.txt', 'w').write(s + ('\n' + extra if extra else ''))
print(f'/work/coord/h44/full-rev-{area}.txt')
