// What a build killed between the renames of its swap leaves: the journal names the three
// folders; html is swapped (the old one aside), json moved aside with the new one not yet in its
// place, text not swapped yet. The stamp was deleted before the first rename.
def out = new File(basedir, 'target/conditions-export')
def write = { String path, String text ->
    def file = new File(out, path)
    file.parentFile.mkdirs()
    file.text = text
}
write('.conditions-export/journal', 'html\njson\ntext\nend\n')
write('html/stale.html', 'the interrupted export')
write('.conditions-export/old/html/stale.html', 'the export before')
write('.conditions-export/old/json/stale.json', 'the export before')
write('.conditions-export/new/json/stale.json', 'the interrupted export')
write('.conditions-export/new/text/stale.txt', 'the interrupted export')
write('text/stale.txt', 'the export before')
return true
