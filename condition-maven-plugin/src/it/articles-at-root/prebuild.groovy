// Three articles and one with a reading-level warning, beside the pom.xml.
def root = new File(basedir, '../../../..').canonicalFile
['dehydration', 'heat-exhaustion', 'muscle-cramps'].each { id ->
    new File(basedir, "${id}.yaml").text = new File(root, "examples/conditions/${id}.yaml").text
}
new File(basedir, 'reading-level.yaml').text = new File(root, 'examples/invalid/reading-level.yaml').text
return true
