"""A synthetic feed for the benchmark: RSS 2.0 of N items, each as a
WordPress feed writes one (title, link, dc:creator, pubDate, a category,
slash:comments, a description and the full text in content:encoded, a few
paragraphs with links and a list), about 1.2 KB an item.
    python3 bench/feed.py 100000 > feed.xml
"""
import random, sys
random.seed(7)
n = int(sys.argv[1])
words = "Europe policy security markets energy reform trade the and of to in a is that for on with as by café naïve 東京".split()
authors = [f"Author {i}" for i in range(300)]
days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
out = sys.stdout
out.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">\n<channel>\n'
          '<title>Bench Feed</title><link>https://bench.example.org/</link><description>A feed of many posts</description>\n')
for i in range(n):
    title = f"Item {i:06d}: " + " ".join(random.choice(words) for _ in range(6)).capitalize()
    paras = "".join("<p>" + " ".join(random.choice(words) for _ in range(random.randint(20, 50))) + f' <a href="/p/{i}">link</a>.</p>'
                    for _ in range(random.randint(2, 4)))
    out.write(f"<item><title>{title}</title><link>https://bench.example.org/{i}/</link>"
              f"<dc:creator><![CDATA[{random.choice(authors)}]]></dc:creator>"
              f"<pubDate>{random.choice(days)}, {1 + i % 28:02d} {months[i % 12]} {2000 + i % 25} 10:{i % 60:02d}:00 +0000</pubDate>"
              f"<category><![CDATA[{random.choice(words)}]]></category><slash:comments>{i % 17}</slash:comments>"
              f"<description><![CDATA[{' '.join(random.choice(words) for _ in range(25))} [&#8230;]]]></description>"
              f"<content:encoded><![CDATA[{paras}<ul><li>one</li><li>two</li></ul>]]></content:encoded></item>\n")
out.write("</channel></rss>\n")
