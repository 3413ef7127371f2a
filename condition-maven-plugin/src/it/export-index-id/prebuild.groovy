// An article whose id, "index", names the page the export's index is written to.
def root = new File(basedir, '../../../..').canonicalFile
def seed = new File(root, 'examples/conditions/nocturnal-leg-cramps.yaml').text
def file = new File(basedir, 'articles/index.yaml')
file.parentFile.mkdirs()
file.text = seed.replace('id: nocturnal-leg-cramps', 'id: index')
return true
