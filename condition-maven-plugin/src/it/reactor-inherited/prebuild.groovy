// The articles module holds one article whose only finding is a reading-level warning.
def root = new File(basedir, '../../../..').canonicalFile
def folder = new File(basedir, 'articles/src/main/conditions')
folder.mkdirs()
new File(folder, 'reading-level.yaml').text = new File(root, 'examples/invalid/reading-level.yaml').text
return true
