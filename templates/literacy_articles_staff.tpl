{{%AUTOESCAPE context="HTML"}}<nav aria-label="breadcrumb"><ul><li><a href="/staf">Antrean</a></li><li>Artikel literasi</li></ul></nav>
{{#saved}}<p class="saved" role="status">Tersimpan.</p>{{/saved}}
<h1>Artikel literasi</h1>
<p><a href="/staf/literasi/artikel/baru" role="button">Tulis artikel baru</a> · <a href="/staf/literasi/jadwal">Jadwal kegiatan literasi</a> · <a href="/literasi">Halaman publik</a></p>
{{#no_articles}}<p>Belum ada artikel.</p>{{/no_articles}}
<div class="table-wrap"><table>
<thead><tr><th>Judul</th><th>Status</th><th>Diperbarui</th><th></th></tr></thead>
<tbody>
{{#articles}}<tr><td><a href="/staf/literasi/artikel/{{id}}">{{title}}</a><br><small>/literasi/{{slug}}</small></td><td>{{#published}}Terbit{{/published}}{{#no_published}}Draf{{/no_published}}</td><td>{{updated}}</td><td>{{#published}}<a href="/literasi/{{slug}}">Lihat</a>{{/published}}</td></tr>
{{/articles}}
</tbody>
</table></div>
