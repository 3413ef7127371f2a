// The user's own file in the output folder, which no export may delete (decision 28).
def out = new File(basedir, 'site')
out.mkdirs()
new File(out, 'README.txt').text = 'Published by the team; not an export.\n'
return true
