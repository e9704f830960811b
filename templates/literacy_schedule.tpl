{{%AUTOESCAPE context="HTML"}}<nav aria-label="breadcrumb"><ul><li><a href="/staf">Antrean</a></li><li>Jadwal kegiatan literasi</li></ul></nav>
<h1>Jadwal kegiatan literasi</h1>
<p>Kegiatan yang belum berakhir, paling awal lebih dulu.{{#writer}} · <a href="/staf/literasi">Artikel literasi</a>{{/writer}}</p>
{{#no_sessions}}<p>Belum ada kegiatan terjadwal.</p>{{/no_sessions}}
<div class="table-wrap"><table>
<thead><tr><th>Waktu</th><th>Permohonan</th><th>Topik</th><th>Tempat</th><th>Narasumber</th></tr></thead>
<tbody>
{{#sessions}}<tr><td>{{when}}</td><td><a href="/staf/permohonan/{{number}}">{{number}}</a></td><td>{{topic}}</td><td>{{place}}</td><td>{{speakers}}{{#clashes}}<br><small class="warning">Bentrok: {{speaker}} pada {{number}} ({{when}})</small>{{/clashes}}</td></tr>
{{/sessions}}
</tbody>
</table></div>
