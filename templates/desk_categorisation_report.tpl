{{%AUTOESCAPE context="HTML"}}<nav aria-label="breadcrumb"><ul><li><a href="/staf">Antrean</a></li><li><a href="/staf/sistem">Registri sistem elektronik</a></li><li>Laporan per kategori</li></ul></nav>
<h1>Sistem Elektronik per Kategori</h1>
<p><a href="/staf/kategori-sistem.csv" download>Unduh CSV</a></p>
{{#groups}}<section id="kategori-{{code}}">
<h2>{{label}} ({{count}})</h2>
{{#table}}<div class="table-wrap"><table class="systems">
<thead><tr><th>Perangkat Daerah</th><th>Sistem elektronik</th><th>Unit pemilik</th><th>Skor</th><th>Dikategorikan</th><th>Instrumen</th></tr></thead>
<tbody>
{{#systems}}<tr><td>{{agency}}</td><td><a href="/staf/sistem/{{id}}">{{name}}</a>{{#url}}<br><small>{{url}}</small>{{/url}}</td><td>{{owner_unit}}</td><td>{{score}}</td><td>{{categorised}}</td><td><code>{{instrument}}</code></td></tr>
{{/systems}}</tbody></table></div>{{/table}}
{{#no_table}}<p>Tidak ada.</p>{{/no_table}}
</section>
{{/groups}}
