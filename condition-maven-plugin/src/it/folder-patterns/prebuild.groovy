// Two articles the patterns take (one only by way of the inner folder), and three files they
// leave out: a draft, a file deeper than either folder's *.yaml reaches, and the configuration.
def root = new File(basedir, '../../../..').canonicalFile
def seed = new File(root, 'examples/conditions/nocturnal-leg-cramps.yaml').text
def article = { String path, String id ->
    def file = new File(basedir, path)
    file.parentFile.mkdirs()
    file.text = seed.replace('id: nocturnal-leg-cramps', "id: $id")
}
article('articles/first.yaml', 'first')
article('articles/more/second.yaml', 'second')
new File(basedir, 'articles/draft-third.yaml').text = 'id: Not An Id\n'
article('articles/more/deeper/fourth.yaml', 'fourth')
new File(basedir, 'articles/house-rules.yaml').text = 'rules:\n  reading-level: warning\n'
return true
