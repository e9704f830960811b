{{%AUTOESCAPE context="HTML"}}<nav aria-label="breadcrumb"><ul><li><a href="/instansi">Permohonan instansi</a></li><li><a href="/instansi/permohonan/{{number}}">{{number}}</a></li><li>Laporan perbaikan</li></ul></nav>
<h1>Laporkan perbaikan</h1>
<p>Temuan: <strong>{{title}}</strong> · {{severity_label}} {{base}}</p>
<p class="error" role="alert">Perbaikan belum dilaporkan. Perbaiki isian yang ditandai di bawah.</p>
<form method="post" action="/instansi/permohonan/{{number}}/penilaian/temuan/{{id}}/perbaikan">
<input type="hidden" name="_csrf" value="{{csrf}}">
<label for="catatan">Catatan perbaikan (apa yang diubah dan kapan)</label>
<textarea id="catatan" name="catatan" rows="6">{{note}}</textarea>
{{#error}}<small class="error" id="catatan-error">{{error}}</small>{{/error}}
<button type="submit">Laporkan sudah diperbaiki</button>
</form>
